import { describe, expect, it } from 'vitest'
import { lineSplitter } from '../../../snippets/web-api/streaming/line-splitter.ts'

async function lines(chunks: string[]) {
  const out: string[] = []
  const source = new ReadableStream<string>({
    start(controller) { for (const c of chunks) controller.enqueue(c); controller.close() },
  })
  const reader = source.pipeThrough(lineSplitter()).getReader()
  for (let r = await reader.read(); !r.done; r = await reader.read()) out.push(r.value)
  return out
}

describe('lineSplitter (aiter_lines)', () => {
  it('splits on \\n and \\r\\n', async () => {
    expect(await lines(['a\nb\r\nc\n'])).toEqual(['a', 'b', 'c'])
  })
  it('reassembles a line split across three chunks, also inside \\r\\n', async () => {
    expect(await lines(['dat', 'a: he', 'llo\r', '\nnext\n'])).toEqual(['data: hello', 'next'])
  })
  it('flushes a final line without newline', async () => {
    expect(await lines(['one\ntw', 'o'])).toEqual(['one', 'two'])
  })
})
