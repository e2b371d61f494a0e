import { RateLimitError } from './domain-errors.ts'
import { resolveStatus } from './error-handler.ts'
import { rightLadder, wrongLadder } from './instanceof-ladder.ts'

const err = new RateLimitError('Too many requests')
for (const [name, map] of [['wrong ladder', wrongLadder], ['right ladder', rightLadder]] as const) {
  const { status, headers } = map(err)
  console.log(`${name}: ${status} Retry-After=${headers['Retry-After'] ?? '(none)'}`)
}
console.log(`status map (prototype walk): ${resolveStatus(err)}`)
