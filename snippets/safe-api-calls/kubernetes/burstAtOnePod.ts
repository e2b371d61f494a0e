// 500 requests land on one pod at once (scaled: 50). Without local layers the pod fans them all
// out; with them, a few run, the rest fail fast and the event loop stays responsive. Node only.
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { callLlm, type CallDeps } from '../call-patterns/callLlm.ts'
import { QueueTimeoutError } from '../call-patterns/errors.ts'

export interface BurstReport {
  queueTimeouts: number
  firstRejectionMs: number // when the fast failures settled, from the start of the burst
  lastRejectionMs: number
  loopDelayP99Ms: number // event-loop responsiveness during the burst
  cpuShare: number // CPU time this process used / wall time of the burst (0-1, per core)
}

const prompt = (i: number) => ({ messages: [{ role: 'user' as const, content: `request ${i}` }] })

// #region unprotectedPod
/** No limits: every request becomes an outbound call at once (plain fetch has no socket cap). */
export function unprotectedPod(n: number, vendorUrl: string, signal: AbortSignal): Promise<unknown[]> {
  return Promise.all(Array.from({ length: n }, (_, i) => fetch(`${vendorUrl}/v1/chat/completions`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(prompt(i)), signal,
  }).then(res => res.text(), (err: unknown) => err)))
}
// #endregion unprotectedPod

// #region layeredPod
/** The local layers (token, permit, queue deadline: all in deps.queue) absorb the burst. */
export async function layeredPod(
  n: number, deps: CallDeps, signal: AbortSignal): Promise<BurstReport> {
  const loop = monitorEventLoopDelay({ resolution: 10 })
  loop.enable()
  const cpu = process.cpuUsage()
  const started = performance.now()
  const rejections: number[] = []
  const outcomes = await Promise.all(Array.from({ length: n }, (_, i) =>
    callLlm(prompt(i), deps, signal).catch((err: unknown) => {
      if (err instanceof QueueTimeoutError)
        rejections.push(performance.now() - started) // a fast, typed failure
      return err
    })))
  loop.disable()
  const { user, system } = process.cpuUsage(cpu)
  const wallMs = performance.now() - started
  return {
    queueTimeouts: outcomes.filter(o => o instanceof QueueTimeoutError).length,
    firstRejectionMs: Math.min(...rejections), lastRejectionMs: Math.max(...rejections),
    loopDelayP99Ms: loop.percentile(99) / 1e6, cpuShare: (user + system) / 1_000 / wallMs,
  }
}
// #endregion layeredPod
