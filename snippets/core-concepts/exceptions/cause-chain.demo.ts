import { findCause, hasCode } from './cause-chain.ts'

const socket = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), {
  code: 'ECONNREFUSED',
})
const err = new Error('LLM vendor unreachable', {
  cause: new TypeError('fetch failed', { cause: socket }),   // what Node's fetch throws
})
const isRefused = (e: unknown): e is Error => hasCode(e, 'ECONNREFUSED')
const isTimeout = (e: unknown): e is Error => hasCode(e, 'ETIMEDOUT')
console.log(`refused: ${findCause(err, isRefused)?.message ?? 'not found'}`)
console.log(`timed out: ${findCause(err, isTimeout)?.message ?? 'not found'}`)
