import { readRaw } from './env-raw.ts'

// DEBUG is "false", WORKERS is empty,
// PORT and API_KEY are missing
const raw = readRaw({ DEBUG: 'false', WORKERS: '' })

console.log(`debug   = ${raw.debug}`)
console.log(`workers = ${raw.workers}`)
console.log(`port    = ${raw.port}`)
console.log(`apiKey  = ${raw.apiKey}`)
