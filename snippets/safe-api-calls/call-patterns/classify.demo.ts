import { classify } from './classify.ts'
import { CallTimeoutError, QueueTimeoutError, UpstreamHttpError } from './errors.ts'

const reset = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })
const samples: [string, unknown][] = [
  ['fetch failed <- ECONNRESET', new TypeError('fetch failed', { cause: reset })],
  ['vendor 503', new UpstreamHttpError(503)],
  ['vendor 429, Retry-After 2 s', new UpstreamHttpError(429, 2_000)],
  ['vendor 401', new UpstreamHttpError(401)],
  ['call timeout, attempt 0', new CallTimeoutError()],
  ['call timeout, attempt 1', new CallTimeoutError()],
  ['queue timeout', new QueueTimeoutError()],
]
samples.forEach(([label, err]) => {
  const decision = classify(err, label.endsWith('attempt 1') ? 1 : 0)
  console.log(`${label.padEnd(28)} -> ${decision.action} (${decision.reason})`)
})
