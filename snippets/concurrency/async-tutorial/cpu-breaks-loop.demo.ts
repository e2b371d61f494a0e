import { measureWithLag } from '../threads-processes-async/loop-lag.ts'
import { crunch, timerDuringCrunch } from './cpu-breaks-loop.ts'

const { crunchMs, timerFiredAtMs } = await timerDuringCrunch()
const when = timerFiredAtMs >= crunchMs ? 'only after' : 'before'
console.log(`a 10 ms timer fired ${when} the crunch ended`)
const { ms, maxLagMs } = await measureWithLag(() => crunch())
const lag = maxLagMs >= ms * 0.8 ? '≈ the crunch duration' : 'small'
console.log(`event-loop delay max ${lag}: every request waited`)
