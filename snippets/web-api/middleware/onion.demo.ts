import { createGatedApp, createOnionApp } from './onion.ts'

const trace: string[] = []
await createOnionApp(trace).request('/')
console.log(trace.join(' -> '))

const gated: string[] = []
const res = await createGatedApp(gated).request('/')
console.log(`no key: ${res.status}, handler ran ${gated.length} times`)
