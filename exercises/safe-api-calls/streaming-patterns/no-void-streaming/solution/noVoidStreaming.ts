// An SSE proxy in front of the (in-process) fake vendor. It must not stream into the void: when the
// client leaves, the vendor request is aborted and the permit is given back at once.
import { Hono } from 'hono'
import { streamSSE } from 'hono/streaming'
import type { Transport } from '../../../../../snippets/safe-api-calls/call-patterns/callLlm.ts'
import type { Semaphore } from '../../../../../snippets/safe-api-calls/core-concepts/semaphore.ts'
import { parseUpstream } from '../../../../../snippets/safe-api-calls/streaming-patterns/sseParse.ts'

export interface ProxyDeps {
  transport: Transport // the vendor
  url: string // the vendor's chat completions endpoint
  permits: Semaphore // streaming permits, held for the whole stream
}

export function createProxyApp(deps: ProxyDeps): Hono {
  const app = new Hono()
  app.post('/stream', c => streamSSE(c, async (stream) => {
    // One controller per request: its signal goes to the vendor call.
    const upstream = new AbortController()
    const gone = () => upstream.abort(new Error('client disconnected'))
    stream.onAbort(gone) // the response body was cancelled
    c.req.raw.signal.addEventListener('abort', gone, { once: true }) // the client's request was aborted
    const permit = await deps.permits.acquire(upstream.signal)
    try {
      const body = JSON.stringify({ stream: true, messages: [{ role: 'user', content: 'tell me a story' }] })
      const res = await deps.transport(new Request(deps.url, { method: 'POST', body }), upstream.signal)
      for await (const chunk of parseUpstream(res.body!))
        await stream.writeSSE({ data: chunk.text }) // never throws after a disconnect
      await stream.writeSSE({ data: '[DONE]' })
    }
    catch {
      // aborted by the disconnect: nobody is listening any more
    }
    finally {
      permit.release() // on every exit: done, error or disconnect
      c.req.raw.signal.removeEventListener('abort', gone)
    }
  }))
  return app
}
