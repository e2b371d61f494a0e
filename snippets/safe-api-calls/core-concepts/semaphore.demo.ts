import { Semaphore } from './semaphore.ts'

const sem = new Semaphore(2)
const t0 = performance.now()
const at = () => `t=${String(Math.round((performance.now() - t0) / 50) * 50).padStart(3)} ms`
const task = async (name: string, ms: number) => {
  using _permit = await sem.acquire() // released on every exit path
  console.log(`${at()}  ${name} starts   (free ${sem.available}, waiting ${sem.waiting})`)
  await new Promise(resolve => setTimeout(resolve, ms))
  console.log(`${at()}  ${name} finishes`)
}
await Promise.all([task('A', 400), task('B', 100), task('C', 200), task('D', 150), task('E', 100)])
console.log(`done: free ${sem.available}, waiting ${sem.waiting}`)
