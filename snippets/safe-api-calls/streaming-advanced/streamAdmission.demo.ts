import { StreamAdmission } from './streamAdmission.ts'

const admission = new StreamAdmission() // guide: 50 streams, 1,000 chunks/s, +20 per new stream
const tickets = Array.from({ length: 51 }, () => admission.admit())
console.log(`admitted ${tickets.filter(Boolean).length}, refused ${tickets.filter(t => !t).length} (the 51st)`)

const busy = new StreamAdmission(undefined, 990)
console.log(`estimate 990 chunks/s: new stream ${busy.admit() ? 'admitted' : 'refused (990 + 20 > 1000)'}`)

const ema = new StreamAdmission(undefined, 100)
const five = Array.from({ length: 5 }, () => ema.admit()!)
five[0]!.release({ chunks: 200, durationMs: 10_000 }) // 20 chunks/s, 4 streams left
console.log(`after a 10 s, 200-chunk stream: estimate 100 -> ${ema.estimatedChunksPerSec.toFixed(1)}`)
