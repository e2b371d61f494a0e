import { jsonLine, paymentsOver } from './unstructured-vs-structured.ts'

const time = '2026-01-15T10:00:00.000Z'
const lines = [
  { user_id: 42, amount: 99.5, order_id: 1081 },
  { user_id: 7, amount: 12, order_id: 1082 },
  { user_id: 42, amount: 250, order_id: 1083 },
].map(e => jsonLine({ event: 'payment_processed', ...e }, time))

lines.forEach(line => console.log(line))
for (const e of paymentsOver(lines, 50))
  console.log(`> 50: order ${e.order_id}, $${e.amount}`)
