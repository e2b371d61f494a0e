import { QueueTimeoutError } from '../../safe-api-calls/concurrency-and-timeouts/timeoutErrors.ts'
import { errorPhase, onCallError } from './classify-errors.ts'

const code = (c: string) => Object.assign(new Error(c), { code: c })
const caught: [string, unknown][] = [
  ['QueueTimeoutError (kit limiter)', new QueueTimeoutError('no free socket')],
  ['fetch failed <- CONNECT_TIMEOUT', new TypeError('fetch failed', { cause: code('UND_ERR_CONNECT_TIMEOUT') })],
  ['HeadersTimeoutError (request)', code('UND_ERR_HEADERS_TIMEOUT')],
  ['terminated <- BODY_TIMEOUT', new TypeError('terminated', { cause: code('UND_ERR_BODY_TIMEOUT') })],
  ['DOMException TimeoutError', new DOMException('timed out', 'TimeoutError')],
  ['DOMException AbortError', new DOMException('aborted', 'AbortError')],
  ['RangeError (a bug)', new RangeError('index out of range')],
]
for (const [what, err] of caught)
  console.log(`${what.padEnd(32)} -> ${(errorPhase(err) ?? '-').padEnd(8)} ${onCallError(err)}`)
