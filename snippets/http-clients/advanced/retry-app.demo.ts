import { createFakeLlm } from '../../shared/fake-llm/app.ts'
import { fetchWithRetry } from './retry-app.ts'

const fake = createFakeLlm({ seed: 7 }) // in-process: no sockets, runs in the browser
const { headers } = fake.scenario('flaky', { statuses: [503, 503, 200] })
const body = JSON.stringify({ messages: [{ role: 'user', content: 'hi' }] })

const res = await fetchWithRetry(async (url, init) => await fake.app.request(url, init),
  '/v1/chat/completions', { method: 'POST', headers, body }, {
    backoffMs: attempt => 50 * attempt,
    onAttempt: (attempt, outcome) => console.log(`attempt ${attempt}: ${outcome}`),
  })
console.log(`result: ${res.status} after ${fake.stats.requests} calls`)
