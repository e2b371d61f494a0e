// Composable async-generator stages. Each pulls from the previous one, so backpressure and
// cancellation flow through the whole chain: a consumer that stops calls return() on the last
// stage, which closes every earlier stage down to the response body. Browser-runnable.
import { EventSourceParserStream } from 'eventsource-parser/stream'
import type { EventSourceMessage } from 'eventsource-parser'

// #region mapStream
export async function* mapStream<T, U>(
  source: AsyncIterable<T>, fn: (item: T) => U | Promise<U>,
): AsyncGenerator<U> {
  for await (const item of source) // for await calls source.return() when we are closed early
    yield await fn(item)
}
// #endregion mapStream

// #region filterStream
export function filterStream<T, S extends T>(s: AsyncIterable<T>, keep: (i: T) => i is S): AsyncGenerator<S>
export function filterStream<T>(s: AsyncIterable<T>, keep: (i: T) => boolean): AsyncGenerator<T>
export async function* filterStream<T>(source: AsyncIterable<T>, keep: (item: T) => boolean) {
  for await (const item of source) {
    if (keep(item))
      yield item
  }
}
// #endregion filterStream

// #region batchStream
export async function* batchStream<T>(source: AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let batch: T[] = []
  for await (const item of source) {
    batch.push(item)
    if (batch.length >= size) {
      yield batch
      batch = []
    }
  }
  if (batch.length > 0) // the last, partial batch is not lost
    yield batch
}
// #endregion batchStream

/** A web stream as an async iterable whose early exit cancels the stream (and its socket). */
export async function* fromReadable<T>(stream: ReadableStream<T>): AsyncGenerator<T> {
  const reader = stream.getReader()
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) return
      yield value
    }
  }
  finally {
    await reader.cancel()
  }
}

interface ChunkJson { choices?: { delta?: { content?: unknown } }[] }

// #region llmContentPipeline
/** Raw vendor bytes -> content strings. `[DONE]` is removed BEFORE parsing (it is not JSON). */
export function llmContentPipeline(body: ReadableStream<Uint8Array<ArrayBuffer>>): AsyncGenerator<string> {
  const events: AsyncIterable<EventSourceMessage> = fromReadable(body
    .pipeThrough(new TextDecoderStream()) // a streaming UTF-8 decoder: split characters survive
    .pipeThrough(new EventSourceParserStream())) // a real SSE parser: split lines and events survive
  const data = filterStream(events, e => e.data !== '' && e.data !== '[DONE]')
  const parsed = mapStream(data, e => JSON.parse(e.data) as ChunkJson)
  const content = mapStream(parsed, j => j.choices?.[0]?.delta?.content)
  return filterStream(content, (c): c is string => typeof c === 'string' && c !== '') // drop empty deltas
}
// #endregion llmContentPipeline
