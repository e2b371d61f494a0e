import { classify } from './classify.ts'
import {
  CallTimeoutError, QueueTimeoutError, UpstreamHttpError,
} from './errors.ts'

const reset = Object.assign(new Error('read ECONNRESET'), {
  code: 'ECONNRESET',
})
const fetchFailed = new TypeError('fetch failed', { cause: reset })
const samples: [string, unknown, number][] = [
  ['fetch failed <- ECONNRESET', fetchFailed, 0],
  ['vendor 429, advice 2 s', new UpstreamHttpError(429, 2_000), 0],
  ['vendor 401', new UpstreamHttpError(401), 0],
  ['call timeout, attempt 0', new CallTimeoutError(), 0],
  ['call timeout, attempt 1', new CallTimeoutError(), 1],
  ['queue timeout', new QueueTimeoutError(), 0],
]
for (const [label, err, attempt] of samples)
  console.log(`${label} -> ${classify(err, attempt).action}`)
