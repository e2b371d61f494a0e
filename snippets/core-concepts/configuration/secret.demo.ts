import { secret } from './secret.ts'

const key = secret().parse('sk_live_51H8xQ2')

console.log(`template literal: ${key}`)
console.log(`JSON: ${JSON.stringify({ paymentKey: key })}`)
console.log(`String(): ${String(key)}`)
const length = key.reveal().length
console.log(`key.reveal(): ${length} characters, on purpose`)
