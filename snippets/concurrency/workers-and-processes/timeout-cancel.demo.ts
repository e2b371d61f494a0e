import { createSleepPool, startedCounter } from './sleep-task.ts'
import { abortQueued, abortRunning, runWithTimeout } from './timeout-cancel.ts'

await using pool = createSleepPool(1) // one worker: the second task has to queue
const slow = runWithTimeout(pool, { ms: 5000 }, 1000) // a 5 s task, a 1 s deadline
await slow.catch((err: Error) =>
  console.log(`5 s task, 1 s timeout: ${err.name} (${(err.cause as Error).name})`))

const queued = await abortQueued(pool, startedCounter())
const { busy, started } = queued
console.log(`abort queued: busy ${busy}, queued ${queued.queued}, tasks started: ${started}`)

const threadBefore = pool.threads[0]?.threadId
const running = await abortRunning(pool, { ms: 5000, started: startedCounter() })
console.log(`abort running: ${running.outcome}`)
console.log(`next task ran on a new thread: ${running.nextThreadId !== threadBefore}`)
