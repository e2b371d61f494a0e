import { findCause, hasCode } from './cause-chain.ts'

const socket = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' })
const fetchFailed = new TypeError('fetch failed', { cause: socket })   // what Node's fetch throws
const err = new Error('LLM vendor unreachable', { cause: fetchFailed }) // ...wrapped by our client

const refused = findCause(err, (e): e is Error & { code: string } => hasCode(e, 'ECONNREFUSED'))
console.log(`top: ${err.message}`)
console.log(`found: ${refused?.code ?? 'none'} (${refused?.message ?? ''})`)
console.log(`timeout? ${findCause(err, (e): e is Error => hasCode(e, 'ETIMEDOUT')) ? 'yes' : 'no'}`)
