// The composable stages and the LLM content pipeline: awkward byte boundaries, [DONE] before JSON,
// empty deltas dropped, batching, and cancellation reaching the first stage.
import { describe, expect, it } from 'vitest'
import { batchStream, filterStream, llmContentPipeline, mapStream } from '../../../snippets/safe-api-calls/streaming-advanced/pipeline.ts'

async function* from<T>(items: T[]): AsyncGenerator<T> {
  yield* items
}
async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = []
  for await (const x of it) out.push(x)
  return out
}

const event = (id: number, content: string | undefined) =>
  `id: ${id}\ndata: ${JSON.stringify({ choices: [{ delta: content === undefined ? { role: 'assistant' } : { content } }] })}\n\n`

/** The SSE text as bytes cut every `every` bytes: inside lines, events and multibyte characters. */
function bytesStream(text: string, every: number): ReadableStream<Uint8Array<ArrayBuffer>> {
  const bytes = new TextEncoder().encode(text)
  let at = 0
  return new ReadableStream({
    pull(c) {
      if (at >= bytes.length) return c.close()
      c.enqueue(bytes.slice(at, at + every))
      at += every
    },
  })
}

describe('llmContentPipeline', () => {
  const sse = event(0, undefined) + event(1, 'Grüße') + event(2, '') + event(3, ' 日本語') + event(4, ' 🙂') + 'id: 5\ndata: [DONE]\n\n'

  it.each([1, 3, 7, 1000])('bytes split every %i -> exactly the content, [DONE] without a JSON error', async (every) => {
    expect((await collect(llmContentPipeline(bytesStream(sse, every)))).join('')).toBe('Grüße 日本語 🙂')
  })

  it('drops role-only and empty deltas', async () => {
    expect(await collect(llmContentPipeline(bytesStream(sse, 5)))).toEqual(['Grüße', ' 日本語', ' 🙂'])
  })
})

describe('stages', () => {
  it('batchStream(3) over 10 items yields 3, 3, 3, 1', async () => {
    const sizes = (await collect(batchStream(from([...Array(10).keys()]), 3))).map(b => b.length)
    expect(sizes).toEqual([3, 3, 3, 1])
  })

  it('map and filter compose', async () => {
    expect(await collect(filterStream(mapStream(from([1, 2, 3, 4]), x => x * 10), x => x > 15))).toEqual([20, 30, 40])
  })

  it('a consumer stopping after 2 items runs the first stage\'s finally (cancellation flows upstream)', async () => {
    const events: string[] = []
    async function* source(): AsyncGenerator<number> {
      try {
        for (let i = 0; ; i++) {
          events.push(`produce ${i}`)
          yield i
        }
      }
      finally {
        events.push('source closed')
      }
    }
    const taken: number[] = []
    for await (const x of mapStream(filterStream(source(), () => true), x => x + 1)) {
      taken.push(x)
      if (taken.length === 2) break
    }
    expect(taken).toEqual([1, 2])
    expect(events).toEqual(['produce 0', 'produce 1', 'source closed']) // pulled, never read ahead
  })
})
