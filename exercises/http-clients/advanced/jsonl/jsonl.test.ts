import { describe, expect, it } from 'vitest'
import { streamJsonLines } from './jsonl.ts'

const enc = new TextEncoder()
/** A Response whose body delivers `text` in chunks of `size` bytes. */
function chunked(text: string, size: number): Response {
  const bytes = enc.encode(text)
  let at = 0
  return new Response(new ReadableStream<Uint8Array>({
    pull(c) {
      if (at >= bytes.length) return c.close()
      c.enqueue(bytes.slice(at, at += size))
    },
  }))
}
const collect = async (response: Response) => {
  const out: unknown[] = []
  for await (const record of streamJsonLines(response)) out.push(record)
  return out
}

describe('streamJsonLines', () => {
  const records = [{ id: 1, text: 'héllo ✓' }, { id: 2, tags: ['a', 'b'] }, { id: 3 }]
  const text = `${records.map(r => JSON.stringify(r)).join('\n')}\n`

  it.each([1, 2, 5, 1000])('yields the records when lines are split every %i bytes', async (size) => {
    expect(await collect(chunked(text, size))).toEqual(records)
  })

  it('skips empty lines and parses a last line without newline', async () => {
    const body = `\n${JSON.stringify(records[0])}\n\n${JSON.stringify(records[1])}\n${JSON.stringify(records[2])}`
    expect(await collect(chunked(body, 3))).toEqual(records)
  })

  it('reports invalid JSON with its line number', async () => {
    await expect(collect(chunked('{"a":1}\n\n{not json}\n{"b":2}\n', 4))).rejects.toThrow(/^line 3:/)
  })

  it('an early break cancels the body: the rest is never read', async () => {
    let pulls = 0
    let cancelled = false
    const body = new ReadableStream<Uint8Array>({
      pull(c) {
        pulls++
        if (pulls > 1000) return c.close()
        c.enqueue(enc.encode(`{"n":${pulls}}\n`))
      },
      cancel() { cancelled = true },
    }, { highWaterMark: 0 })
    const seen: unknown[] = []
    for await (const record of streamJsonLines(new Response(body))) {
      seen.push(record)
      if (seen.length === 2) break
    }
    expect(seen).toEqual([{ n: 1 }, { n: 2 }])
    expect(cancelled).toBe(true)
    expect(pulls).toBeLessThan(10)
  })
})
