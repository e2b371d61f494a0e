import { notSendable, sendable, transfer } from './clone-rules.ts'

const ok = sendable()
console.log(`plain data: a copy (same object: ${ok.sameObject})`)
console.log(`Map k=${ok.map}, Date: ${ok.date} (${ok.year})`)
const bad = notSendable()
console.log(`a function: ${bad.error}`)
const method = bad.hasMethod ? 'kept' : 'lost'
console.log(`a Job instance: instanceof Job ${bad.isJob}, describe() ${method}`)
const moved = transfer()
console.log(`transfer 1 MiB: sender now ${moved.sender} bytes, receiver ${moved.receiver} bytes`)
