import { describe, expect, it } from 'vitest'
import { chunked, naiveData, robustData } from '../../../snippets/web-api/streaming/sse-client.ts'
import { captureConsole } from '../../support/capture-console.ts'

const events = ['héllo wörld ✓', '{"token":"a"}', 'multi', '😀 emoji']
const wire = `${events.map(d => `data: ${d}\n\n`).join('')}data: [DONE]\n\ndata: never\n\n`

describe('parsing SSE under arbitrary chunking', () => {
  it('the naive split-on-newline parser loses events fed one byte at a time (the documented failure)', async () => {
    const got = await naiveData(chunked(wire, 1))
    expect(got.length).toBeLessThan(events.length)
  })

  it('the naive parser corrupts multi-byte characters split across chunks', async () => {
    const got = await naiveData(chunked('data: héllo\n\n', 8)) // the é is cut in half
    expect(got).not.toContain('héllo')
  })

  it('eventsource-parser yields every event exactly, at any chunk size, and stops at [DONE]', async () => {
    for (const size of [1, 2, 3, 7, 64, wire.length])
      expect(await robustData(chunked(wire, size))).toEqual(events)
  })

  it('the demo compares the two', async () => {
    const lines = await captureConsole(() => import('../../../snippets/web-api/streaming/sse-client.demo.ts'))
    expect(lines[0]).toBe('naive, 1 byte a time:  []')
    expect(lines[2]).toBe('robust, 1 byte a time: ["café","{\\"token\\":\\"ok\\"}"]')
  })
})
