import { parseOrder, parseQuantity } from './not-control-flow.ts'

for (const raw of ['3', 'abc', '12abc']) {
  const q = parseQuantity(raw)
  console.log(q.ok ? `"${raw}" -> ${q.value}` : `"${raw}" -> ${q.error}`)
}
const order = parseOrder({ sku: '', quantity: 2.5 })
if (!order.ok)
  console.log(order.error.map(i => `${i.path.join('.')}: ${i.message}`).join('\n'))
