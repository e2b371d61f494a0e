import { createSleepApp } from './hono-concurrency.ts'

const app = createSleepApp(500)
const start = Date.now()
const responses = await Promise.all([1, 2, 3, 4, 5].map(n => app.request(`/sleep/${n}`)))
for (const response of responses) console.log(`${response.status} ${await response.text()}`)
const took = Date.now() - start < 1000 ? 'about one sleep (< 1 s)' : 'more than one sleep'
console.log(`five requests in ${took}, not 2.5 s`)
