import {
  extractUserId,
  sentence,
} from './unstructured-vs-structured.ts'

const original = sentence({
  event: 'payment_processed',
  user_id: 42,
  amount: 99.5,
  order_id: 1081,
})
// A harmless wording change in a later release:
const reworded = original
  .replace('Payment processed', 'Processed payment')

console.log(original)
console.log(`regex user id -> ${extractUserId(original)}`)
console.log(reworded)
console.log(`regex user id -> ${extractUserId(reworded)}`)
