// An SSE proxy in front of the (in-process) fake vendor. It must not stream into the void: when the
// client leaves, the vendor request is aborted and the permit is given back at once.
import { Hono } from 'hono'
import { streamSSE } from 'hono/streaming'
import type { Transport } from '../../../../snippets/safe-api-calls/call-patterns/callLlm.ts'
import type { Semaphore } from '../../../../snippets/safe-api-calls/core-concepts/semaphore.ts'
import { parseUpstream } from '../../../../snippets/safe-api-calls/streaming-patterns/sseParse.ts'

export interface ProxyDeps {
  transport: Transport // the vendor
  url: string // the vendor's chat completions endpoint
  permits: Semaphore // streaming permits, held for the whole stream
}

export function createProxyApp(deps: ProxyDeps): Hono {
  const app = new Hono()
  app.post('/stream', c => streamSSE(c, async (stream) => {
    // TODO: one AbortController per request; abort it from stream.onAbort and from c.req.raw.signal.
    const never = new AbortController().signal
    const permit = await deps.permits.acquire(never)
    try {
      const body = JSON.stringify({ stream: true, messages: [{ role: 'user', content: 'tell me a story' }] })
      // TODO: pass your controller's signal instead of `never`.
      const res = await deps.transport(new Request(deps.url, { method: 'POST', body }), never)
      for await (const chunk of parseUpstream(res.body!))
        await stream.writeSSE({ data: chunk.text })
      await stream.writeSSE({ data: '[DONE]' })
      permit.release() // TODO: release on EVERY exit (finally), not only at the happy end
    }
    catch {
      // aborted by the disconnect: nobody is listening any more
    }
  }))
  return app
}
