// The same payment event as a sentence and as a JSON object: one needs a regex, the other a filter.
export interface PaymentEvent {
  event: 'payment_processed'
  user_id: number
  amount: number
  order_id: number
}

// #region string-line
export const sentence = (e: PaymentEvent) =>
  `Payment processed for user ${e.user_id}, `
  + `amount $${e.amount.toFixed(2)}, order #${e.order_id}`

// Tied to the exact wording: a rephrase breaks it silently.
const USER_ID = /^Payment processed for user (\d+),/

export function extractUserId(line: string) {
  const match = USER_ID.exec(line)
  return match ? Number(match[1]) : undefined
}
// #endregion string-line

// #region json-line
export const jsonLine = (e: PaymentEvent, time: string) =>
  JSON.stringify({ level: 'info', time, ...e })

// A query on fields: nothing to parse, nothing to break.
export function paymentsOver(lines: string[], min: number) {
  return lines
    .map(line => JSON.parse(line) as PaymentEvent)
    .filter(e => e.event === 'payment_processed')
    .filter(e => e.amount > min)
}
// #endregion json-line
