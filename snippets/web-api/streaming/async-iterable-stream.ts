// Starlette's StreamingResponse(generator) in Web Streams: an async generator becomes a
// pull-based ReadableStream. Browser-safe.
import { Hono } from 'hono'

// #region from-generator
export async function* numbers(count = 5, onFinally?: () => void) {
  try {
    for (let i = 0; i < count; i++)
      yield `Number: ${i}\n`
  }
  finally { onFinally?.() } // runs on completion AND when the client cancels
}
// #endregion from-generator

// #region pull-stream
/** Asks the generator for a value only when the consumer wants one. */
export function fromAsyncIterable(it: AsyncIterator<string>, onPull?: () => void) {
  const encoder = new TextEncoder()
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      onPull?.()
      const { value, done } = await it.next()
      if (done) controller.close()
      else controller.enqueue(encoder.encode(value))
    },
    async cancel() { await it.return?.(undefined) }, // -> the generator's finally
  }, { highWaterMark: 0 }) // buffer nothing ahead of the reader
}
// #endregion pull-stream

export interface NumbersHooks { onPull?: () => void, onFinally?: () => void }

export function createNumbersApp(hooks: NumbersHooks = {}, count = 5) {
  const app = new Hono()
  app.get('/numbers', c => c.body(
    fromAsyncIterable(numbers(count, hooks.onFinally), hooks.onPull),
    200, { 'Content-Type': 'text/plain; charset=utf-8' }))
  // #region csv-export
  app.get('/export.csv', (c) => {
    async function* rows() {
      yield 'id,name\n'
      // a DB cursor in real life
      for (let i = 1; i <= 3; i++) yield `${i},user${i}\n`
    }
    return c.body(fromAsyncIterable(rows()), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="export.csv"',
      'Cache-Control': 'no-cache',
    })
  })
  // #endregion csv-export
  return app
}
