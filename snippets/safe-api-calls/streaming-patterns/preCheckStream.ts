// The guide's two-phase alternative: a cheap, retried validation request (list models), then the
// stream with NO retries. Costs an extra request and the vendor can still fail in between:
// prefer streamLlm's "retry only the start". Node or browser (any Transport).
import { abortableSleep, fullJitter } from '../call-patterns/backoff.ts'
import type { LlmRequest } from '../call-patterns/callLlm.ts'
import { classify, unwrap } from '../call-patterns/classify.ts'
import { UpstreamHttpError } from '../call-patterns/errors.ts'
import { type LlmChunk, type StreamDeps, streamLlm } from './streamLlm.ts'

// #region validateThenStream
export async function* validateThenStream(
  req: LlmRequest, deps: StreamDeps & { modelsUrl: string }, signal: AbortSignal,
): AsyncGenerator<LlmChunk> {
  for (let attempt = 0; ; attempt++) { // phase 1: retried like any buffered call
    try {
      const res = await deps.transport(new Request(deps.modelsUrl, { headers: deps.headers }), signal)
      await res.body?.cancel()
      if (!res.ok) throw new UpstreamHttpError(res.status)
      break
    }
    catch (err) {
      if (classify(unwrap(err), attempt).action === 'stop') throw unwrap(err)
      await abortableSleep(fullJitter(attempt, deps.backoff, deps.rand), signal)
    }
  }
  yield* streamLlm(req, { ...deps, maxAttempts: 1 }, signal) // phase 2: one attempt, errors surface
}
// #endregion validateThenStream
