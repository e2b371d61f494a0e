import { describe, expect, it } from 'vitest'
import { formatSse, formatSseBroken } from '../../../snippets/web-api/streaming/sse-format.ts'
import { robustData, chunked } from '../../../snippets/web-api/streaming/sse-client.ts'
import { captureConsole } from '../../support/capture-console.ts'

describe('formatSse', () => {
  it('renders multi-line data as two data lines and ends with a blank line', () => {
    expect(formatSse({ data: 'a\nb' })).toBe('data: a\ndata: b\n\n')
  })

  it('renders id, event and retry', () => {
    expect(formatSse({ data: 'x', event: 'update', id: '3', retry: 5000 }))
      .toBe('event: update\nid: 3\nretry: 5000\ndata: x\n\n')
  })

  it('rejects a line break inside id or event', () => {
    expect(() => formatSse({ data: 'x', id: '1\nevent: admin' })).toThrow('id must not contain a line break')
    expect(() => formatSse({ data: 'x', event: 'a\rb' })).toThrow('event must not contain a line break')
  })

  it('without the blank line the client never dispatches the event', async () => {
    expect(await robustData(chunked(formatSseBroken({ data: 'lost' }) + formatSseBroken({ data: 'lost too' })))).toEqual([])
    expect(await robustData(chunked(formatSse({ data: 'kept' })))).toEqual(['kept'])
  })

  it('the demo prints the wire and the refusal', async () => {
    const lines = await captureConsole(() => import('../../../snippets/web-api/streaming/sse-format.demo.ts'))
    expect(lines).toEqual([
      JSON.stringify('event: update\nid: 7\nretry: 5000\ndata: line one\ndata: line two\n\n'),
      'refused: id must not contain a line break',
    ])
  })
})
