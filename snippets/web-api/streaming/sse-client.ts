// Reading SSE from fetch (POST, Authorization: what EventSource cannot do). Chunk boundaries
// fall anywhere - inside a line, an event, a UTF-8 character. Browser-safe.
import { EventSourceParserStream } from 'eventsource-parser/stream'

type Bytes = ReadableStream<Uint8Array<ArrayBuffer>>

// #region naive-parser
/** DON'T (the guide's loop): assumes chunks hold whole lines and characters. */
export async function naiveData(body: Bytes): Promise<string[]> {
  const out: string[] = []
  const reader = body.getReader()
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    const text = new TextDecoder().decode(r.value) // fresh decoder: splits chars
    for (const line of text.split('\n'))
      if (line.startsWith('data: ')) out.push(line.slice(6))
  }
  return out
}
// #endregion naive-parser

// #region robust-parser
/** Streaming decoder + eventsource-parser: any chunking; stops at [DONE]. */
export async function robustData(body: Bytes): Promise<string[]> {
  const out: string[] = []
  const reader = body.pipeThrough(new TextDecoderStream())
    .pipeThrough(new EventSourceParserStream()).getReader()
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    if (r.value.data === '[DONE]') { // OpenAI-style end of stream
      await reader.cancel()
      break
    }
    out.push(r.value.data)
  }
  return out
}
// #endregion robust-parser

/** A body that delivers `text` `size` bytes at a time: the worst case a network can do. */
export function chunked(text: string, size = 1): ReadableStream<Uint8Array<ArrayBuffer>> {
  const bytes = new TextEncoder().encode(text)
  let at = 0
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close()
      controller.enqueue(bytes.slice(at, at += size))
    },
  })
}
