// Vendor SSE bytes -> content deltas. Network reads do not line up with events (half a line, two
// events, half a UTF-8 character), so decoding and parsing are stateful: TextDecoderStream plus
// eventsource-parser. Browser-runnable.
import { EventSourceParserStream } from 'eventsource-parser/stream'

/** The vendor sent something that is not the protocol: never retried, reported as upstream_error. */
export class StreamProtocolError extends Error {
  override readonly name = 'StreamProtocolError'
  readonly eventIndex: number
  constructor(eventIndex: number, message: string, options?: ErrorOptions) {
    super(`event ${eventIndex}: ${message}`, options)
    this.eventIndex = eventIndex
  }
}

/** One content delta as forwarded to the client; `id` is the vendor's event id (resumption, next deck). */
export interface LlmChunk { id: string | undefined, text: string }

// #region parseUpstream
export async function* parseUpstream(body: ReadableStream<Uint8Array<ArrayBuffer>>): AsyncGenerator<LlmChunk> {
  const events = body
    .pipeThrough(new TextDecoderStream()) // keeps half a character until its other bytes arrive
    .pipeThrough(new EventSourceParserStream()) // lines, events, comments, keep-alives
    .getReader()
  try {
    for (let index = 0; ; index++) {
      const { done, value: event } = await events.read()
      if (done || event.data === '[DONE]') // the terminator is not JSON: check it first
        return
      const text = extractDelta(event.data, index)
      if (text !== '') // role-only and finish events carry no content
        yield { id: event.id, text }
    }
  }
  finally {
    await events.cancel() // an early exit cancels the body, which closes the vendor socket
  }
}
// #endregion parseUpstream

// #region extractDelta
export function extractDelta(data: string, index: number): string {
  let json: unknown
  try {
    json = JSON.parse(data)
  }
  catch (err) {
    throw new StreamProtocolError(index, 'data is not JSON', { cause: err })
  }
  const choices = (json as { choices?: { delta?: { content?: unknown } }[] } | null)?.choices
  const content = choices?.[0]?.delta?.content
  return typeof content === 'string' ? content : ''
}
// #endregion extractDelta
