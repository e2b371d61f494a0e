import { describe, expect, it } from 'vitest'
import { createNumbersApp } from '../../../snippets/web-api/streaming/async-iterable-stream.ts'
import { captureConsole } from '../../support/capture-console.ts'

describe('async generators as response bodies', () => {
  it('streams "Number: 0" to "Number: 4", one per line', async () => {
    const res = await createNumbersApp().request('/numbers')
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    expect(await res.text()).toBe([0, 1, 2, 3, 4].map(n => `Number: ${n}\n`).join(''))
  })

  it('pulls lazily: never more than one chunk ahead of the reader', async () => {
    let pulls = 0
    const res = await createNumbersApp({ onPull: () => { pulls++ } }, 100).request('/numbers')
    const reader = res.body!.getReader()
    for (let read = 1; read <= 10; read++) {
      await reader.read()
      expect(pulls - read).toBeLessThanOrEqual(1)
    }
    await reader.cancel()
  })

  it('cancelling the reader runs the generator finally', async () => {
    let finallyRan = false
    const res = await createNumbersApp({ onFinally: () => { finallyRan = true } }, 1000).request('/numbers')
    const reader = res.body!.getReader()
    await reader.read()
    expect(finallyRan).toBe(false)
    await reader.cancel()
    expect(finallyRan).toBe(true)
  })

  it('the CSV export is text/csv with an attachment header', async () => {
    const res = await createNumbersApp().request('/export.csv')
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="export.csv"')
    expect(await res.text()).toBe('id,name\n1,user1\n2,user2\n3,user3\n')
  })

  it('the demo prints each chunk and the finally', async () => {
    const lines = await captureConsole(() => import('../../../snippets/web-api/streaming/async-iterable-stream.demo.ts'))
    expect(lines).toEqual([...[0, 1, 2, 3, 4].map(n => `chunk: "Number: ${n}\\n"`), 'generator finally ran'])
  })
})
