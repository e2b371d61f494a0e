import {
  DeadlineExceededError, QueueTimeoutError,
} from '../../safe-api-calls/concurrency-and-timeouts/timeoutErrors.ts'
import { classify } from './error-taxonomy.ts'
import { HttpStatusError } from './retry-app.ts'

const coded = (code: string) => Object.assign(new Error(code), { code })
const fetchFailed = (cause: Error) => new TypeError('fetch failed', { cause })
const samples: Array<[string, unknown]> = [
  ['ensureOk on 503', new HttpStatusError(503, '/v1/chat', '')],
  ['fetch, connect timeout', fetchFailed(coded('UND_ERR_CONNECT_TIMEOUT'))],
  ['fetch, refused', fetchFailed(coded('ECONNREFUSED'))],
  ['fetch, no such host', fetchFailed(coded('ENOTFOUND'))],
  ['kit limiter', new QueueTimeoutError('no slot')],
  ['deadline', new DeadlineExceededError('90 s')],
  ['res.json() on HTML', new SyntaxError('Unexpected token <')],
]
for (const [what, err] of samples) console.log(`${what.padEnd(24)} -> ${classify(err).category}/${classify(err).kind}`)
