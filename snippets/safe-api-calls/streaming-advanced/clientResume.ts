// Resumption for browsers: SSE carries an `id:` on every event; an EventSource that reconnects sends
// `Last-Event-ID`; the route checks it against the stored checkpoint and resumes the upstream after
// it. An unknown or expired id restarts cleanly with an `event: restart` (documented, not an error).
// Browser-runnable in-process (app.request); @hono/node-server over sockets.
import type { Hono } from 'hono'
import { type SSEStreamingApi, streamSSE } from 'hono/streaming'
import type { LlmRequest } from '../call-patterns/callLlm.ts'
import { ClientAbortError } from '../call-patterns/errors.ts'
import { inBandCode } from '../streaming-patterns/sseEndpoint.ts'
import type { StreamDeps } from '../streaming-patterns/streamLlm.ts'
import { type CheckpointStore, type StreamCheckpoint, streamFrom } from './resumableStream.ts'

export interface ResumeRouteDeps {
  stream: StreamDeps
  store: CheckpointStore // Redis in a fleet: the reconnect may land on another pod
  provider: string
}

// #region eventIds
/** Every event carries the upstream chunk id; the checkpoint follows what was really written. */
async function forward(
  sse: SSEStreamingApi, cp: StreamCheckpoint, deps: ResumeRouteDeps, signal: AbortSignal,
): Promise<void> {
  for await (const chunk of streamFrom(cp.request, deps.stream, cp.lastChunkId, signal)) {
    await sse.writeSSE({ id: String(chunk.seq), data: JSON.stringify({ delta: chunk.text }) })
    cp.lastChunkId = chunk.seq
    cp.chunksReceived++
  }
  await sse.writeSSE({ data: '[DONE]' })
}
// #endregion eventIds

/** The id the client claims to have, if we really sent it; otherwise undefined (restart). */
function resumePoint(header: string | undefined, cp: StreamCheckpoint | undefined): number | undefined {
  const id = Number(header)
  return cp && header !== undefined && Number.isInteger(id) && id >= -1 && id <= cp.lastChunkId ? id : undefined
}

// #region lastEventIdRoute
export function registerResumableRoute(app: Hono, deps: ResumeRouteDeps): Hono {
  return app.get('/v1/streams/:id', async (c) => {
    const streamId = c.req.param('id')
    const lastEventId = c.req.header('last-event-id') // EventSource sends it on every reconnect
    const stored = lastEventId === undefined ? undefined : await deps.store.load(streamId)
    const from = resumePoint(lastEventId, stored)
    const q = c.req.query('q')
    const request: LlmRequest | undefined = from !== undefined
      ? stored?.request // a resume continues the SAME completion
      : q ? { messages: [{ role: 'user', content: q }] } : undefined
    if (!request) // checked before streamSSE: still a real status
      return c.json({ error: 'unknown_stream' }, 404)
    const cp: StreamCheckpoint = {
      streamId, provider: deps.provider, request, chunksReceived: 0, lastChunkId: from ?? -1,
    }
    // #endregion lastEventIdRoute
    // #region restartOrResume
    return streamSSE(c, async (sse) => {
      const upstream = new AbortController()
      sse.onAbort(() => upstream.abort(new ClientAbortError('client disconnected')))
      try {
        if (lastEventId !== undefined && from === undefined) // unknown or expired: say so, start over
          await sse.writeSSE({ event: 'restart', data: JSON.stringify({ reason: 'unknown_event_id' }) })
        await forward(sse, cp, deps, upstream.signal)
      }
      catch (err) {
        if (!upstream.signal.aborted)
          await sse.writeSSE({ event: 'error', data: JSON.stringify({ error: inBandCode(err) }) })
      }
      finally {
        await deps.store.save(cp) // what this client has: the next reconnect resumes from here
      }
    })
    // #endregion restartOrResume
  })
}
