import { measureWithLag } from '../threads-processes-async/loop-lag.ts'
import { crunch, timerDuringCrunch } from './cpu-breaks-loop.ts'

const { crunchMs, timerFiredAtMs } = await timerDuringCrunch()
console.log(`a 10 ms timer fired ${timerFiredAtMs >= crunchMs ? 'only after' : 'before'} the crunch ended`)
const { ms, maxLagMs } = await measureWithLag(() => crunch())
console.log(`event-loop delay max ${maxLagMs >= ms * 0.8 ? '≈ the crunch duration' : 'small'}: every request waited`)
