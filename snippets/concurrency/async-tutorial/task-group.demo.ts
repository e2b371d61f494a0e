import { abortableSleep } from './cancellation.ts'
import { taskGroup } from './task-group.ts'

const task = (name: string, ms: number, fail = false) => async (signal: AbortSignal) => {
  try { await abortableSleep(ms, signal) }
  catch { console.log(`${name}: cancelled`); throw signal.reason }
  if (fail) { console.log(`${name}: fails`); throw new Error(`${name} failed`) }
  console.log(`${name}: done`)
  return name
}
await taskGroup([task('A', 300), task('B', 100, true), task('C', 300)])
  .catch((error: unknown) => console.log(`group threw after all settled: ${String(error)}`))
console.log(`all succeed: ${(await taskGroup([task('A', 30), task('B', 10)])).join(', ')}`)
