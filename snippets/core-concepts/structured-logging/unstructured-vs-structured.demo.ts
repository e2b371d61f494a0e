import { extractUserId, sentence } from './unstructured-vs-structured.ts'

const event = { event: 'payment_processed', user_id: 42, amount: 99.5, order_id: 1081 } as const
const original = sentence(event)
// A harmless wording change in a later release:
const reworded = `Processed payment for user ${event.user_id}, amount $99.50, order #1081`

console.log(original)
console.log(`regex user id -> ${extractUserId(original)}`)
console.log(reworded)
console.log(`regex user id -> ${extractUserId(reworded)}`)
