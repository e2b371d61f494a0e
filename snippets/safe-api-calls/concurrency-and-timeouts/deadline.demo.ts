import { deadline } from './deadline.ts'
import { CallTimeoutError, ClientAbortError, DeadlineExceededError } from './timeoutErrors.ts'

const ended = (signal: AbortSignal) => new Promise<string>(resolve =>
  signal.addEventListener('abort', () => resolve((signal.reason as Error).name), { once: true }))

{ // the attempt's own clock is shorter than the SLA: it fires first
  using sla = deadline(200, () => new DeadlineExceededError())
  using attempt = deadline(60, () => new CallTimeoutError(), sla.signal)
  console.log(`attempt ended by ${await ended(attempt.signal)}; SLA still running: ${!sla.signal.aborted}`)
}
{ // the caller leaves first: every clock below it ends with ITS reason
  const client = new AbortController()
  using sla = deadline(200, () => new DeadlineExceededError(), client.signal)
  using attempt = deadline(100, () => new CallTimeoutError(), sla.signal)
  setTimeout(() => client.abort(new ClientAbortError()), 30)
  console.log(`attempt ended by ${await ended(attempt.signal)}; SLA reason: ${(sla.signal.reason as Error).name}`)
  console.log(`remaining budget after the abort: ${attempt.remaining()} ms`)
}
