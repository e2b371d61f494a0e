// The parser over byte chunks cut at the worst places: inside a line, between events, inside a
// multibyte character. Pure streams, no sockets.
import { describe, expect, it, vi } from 'vitest'
import { extractDelta, parseUpstream, StreamProtocolError } from '../../../snippets/safe-api-calls/streaming-patterns/sseParse.ts'

const event = (content: string | undefined, id?: number) =>
  `${id === undefined ? '' : `id: ${id}\n`}data: ${JSON.stringify({ choices: [{ delta: content === undefined ? { role: 'assistant' } : { content } }] })}\n\n`

/** A body delivering `bytes` cut at the given offsets. */
function bodyOf(bytes: Uint8Array<ArrayBuffer>, cuts: number[]): ReadableStream<Uint8Array<ArrayBuffer>> {
  const bounds = [0, ...cuts, bytes.length]
  return new ReadableStream({
    start(controller) {
      for (let i = 1; i < bounds.length; i++)
        controller.enqueue(bytes.slice(bounds[i - 1], bounds[i]))
      controller.close()
    },
  })
}

async function texts(body: ReadableStream<Uint8Array<ArrayBuffer>>): Promise<string[]> {
  const out: string[] = []
  for await (const chunk of parseUpstream(body))
    out.push(chunk.text)
  return out
}

describe('parseUpstream', () => {
  const wire = event(undefined, 0) + event('Grüße ', 1) + event('日本', 2) + event('🙂!', 3) + 'data: [DONE]\n\n'
  const bytes = new TextEncoder().encode(wire)

  it('produces the exact text when chunks split lines, events and multibyte characters', async () => {
    const inChar = bytes.indexOf(0xE6) + 1 // inside 日 (3 bytes)
    const inEmoji = bytes.indexOf(0xF0) + 2 // inside 🙂 (4 bytes)
    const inLine = 5 // inside "id: 0"
    const betweenEvents = wire.indexOf('\n\n') + 1 // the blank line itself is split
    expect((await texts(bodyOf(bytes, [inLine, betweenEvents, inChar, inEmoji]))).join('')).toBe('Grüße 日本🙂!')
    // and one byte at a time
    const everyByte = Array.from({ length: bytes.length - 1 }, (_, i) => i + 1)
    expect((await texts(bodyOf(bytes, everyByte))).join('')).toBe('Grüße 日本🙂!')
  })

  it('stops at data: [DONE] without a JSON error and ignores what follows', async () => {
    const after = new TextEncoder().encode(`${event('a')}data: [DONE]\n\ndata: not json\n\n`)
    expect(await texts(bodyOf(after, []))).toEqual(['a'])
  })

  it('ignores comment and keep-alive lines', async () => {
    const noisy = new TextEncoder().encode(`: keep-alive\n\n${event('x')}:\n\n: ping\n${event('y')}data: [DONE]\n\n`)
    expect(await texts(bodyOf(noisy, [3, 20]))).toEqual(['x', 'y'])
  })

  it('skips events with empty deltas and keeps the event id', async () => {
    const body = new TextEncoder().encode(event(undefined, 0) + event('', 1) + event('hi', 2) + 'data: [DONE]\n\n')
    const chunks = []
    for await (const c of parseUpstream(bodyOf(body, [])))
      chunks.push(c)
    expect(chunks).toEqual([{ id: '2', text: 'hi' }])
  })

  it('a malformed payload raises StreamProtocolError naming the event index', async () => {
    const bad = new TextEncoder().encode(`${event('a')}${event('b')}data: {"choices": [\n\n`)
    const err = await texts(bodyOf(bad, [])).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(StreamProtocolError)
    expect((err as StreamProtocolError).eventIndex).toBe(2)
    expect((err as StreamProtocolError).message).toMatch(/^event 2:/)
  })

  it('an early break cancels the body', async () => {
    let cancelled = false
    const body = new ReadableStream<Uint8Array<ArrayBuffer>>({
      pull(c) { c.enqueue(new TextEncoder().encode(event('t'))) },
      cancel() { cancelled = true },
    })
    for await (const _ of parseUpstream(body))
      break
    await vi.waitFor(() => expect(cancelled).toBe(true)) // cancellation travels back through the pipes

  })
})

describe('extractDelta', () => {
  it('reads choices[0].delta.content and returns "" when absent', () => {
    expect(extractDelta('{"choices":[{"delta":{"content":"x"}}]}', 0)).toBe('x')
    expect(extractDelta('{"choices":[{"delta":{},"finish_reason":"stop"}]}', 0)).toBe('')
    expect(() => extractDelta('[DONE', 7)).toThrow(/event 7/)
  })
})
