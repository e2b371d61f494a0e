import { Semaphore } from './semaphore.ts'

const sem = new Semaphore(2)
const finish = new Map<string, () => void>() // we decide when each task's "call" ends
const state = () => `(free ${sem.available}, waiting ${sem.waiting})`
async function task(name: string) {
  using _permit = await sem.acquire() // released on every exit path
  console.log(`${name} starts     ${state()}`)
  await new Promise<void>(resolve => finish.set(name, resolve))
}
const tasks = ['A', 'B', 'C', 'D', 'E'].map(task) // all five ask at once
for (const name of ['B', 'C', 'A', 'D', 'E']) {
  await new Promise(resolve => setTimeout(resolve, 50))
  console.log(`${name} finishes`)
  finish.get(name)?.()
}
await Promise.all(tasks)
console.log(`done         ${state()}`)
