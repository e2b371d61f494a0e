import { abortableSleep, honoursSignal, ignoresSignal } from './cancellation.ts'

const controller = new AbortController()
const outcome = (name: string, work: Promise<void>) =>
  work.then(() => console.log(`${name}: finished`), () => console.log(`${name}: stopped at once`))
const tasks = [
  outcome('ignores', ignoresSignal(5, console.log, controller.signal)),
  outcome('honours', honoursSignal(5, console.log, controller.signal)),
]
await abortableSleep(150)
console.log('--- cancel both ---')
controller.abort(new Error('user went away'))
await Promise.all(tasks)
