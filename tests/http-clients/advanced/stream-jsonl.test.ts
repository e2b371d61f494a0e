import { describe, expect, it } from 'vitest'
import { jsonLines, lines } from '../../../snippets/http-clients/advanced/stream-jsonl.ts'

const enc = new TextEncoder()
async function* chunked(text: string, size: number) {
  const bytes = enc.encode(text)
  for (let i = 0; i < bytes.length; i += size) yield bytes.slice(i, i + size)
}
const collect = async <T>(it: AsyncIterable<T>) => { const out: T[] = []; for await (const x of it) out.push(x); return out }

describe('jsonLines', () => {
  const records = [{ id: 1, text: 'héllo wörld ✓' }, { id: 2, nested: { a: [1, 2] } }, { id: 3 }]
  const text = records.map(r => JSON.stringify(r)).join('\n')

  it.each([1, 3, 7, 64])('records equal the source when lines are split every %i bytes', async (size) => {
    expect(await collect(jsonLines(chunked(`${text}\n`, size)))).toEqual(records)
  })
  it('parses a final line without newline, skips empty lines', async () => {
    expect(await collect(jsonLines(chunked(`\n${text}\n\n`.replace('\n{"id":3', '\n\n{"id":3').trimEnd(), 5)))).toEqual(records)
  })
  it('fails an invalid line with its line number', async () => {
    await expect(collect(jsonLines(chunked('{"a":1}\n{"b":2}\n{oops}\n', 4)))).rejects.toThrow('line 3: invalid JSON')
  })
  it('lines() keeps a multi-byte character split across chunks intact', async () => {
    expect(await collect(lines(chunked('ü\n✓', 1)))).toEqual(['ü', '✓'])
  })
})
