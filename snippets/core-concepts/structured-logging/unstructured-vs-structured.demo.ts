import { extractUserId, sentence } from './unstructured-vs-structured.ts'

const original = sentence({ event: 'payment_processed', user_id: 42, amount: 99.5, order_id: 1081 })
// a harmless wording change in a later release
const reworded = original.replace('Payment processed', 'Processed payment')

for (const line of [original, reworded])
  console.log(`${line}\n  regex user id -> ${extractUserId(line)}`)
