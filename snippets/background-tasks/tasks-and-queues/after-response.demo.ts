import { lineLogger } from '../../core-concepts/structured-logging/bind.ts'
import { createAfterResponse, createSignupApp } from './after-response.ts'

const tasks = createAfterResponse(lineLogger(console.log))
const app = createSignupApp(tasks, async (email) => {
  await new Promise(resolve => setTimeout(resolve, 300)) // the SMTP call
  if (email.startsWith('bounce')) throw new Error('mailbox unavailable')
  console.log(`welcome email sent to ${email}`)
})
const signup = (email: string, id: string) => app.request('/signup',
  { method: 'POST', body: JSON.stringify({ email }), headers: { 'X-Request-Id': id } })
const res = await signup('ada@example.com', 'req-1')
console.log(`${res.status} ${await res.text()} (tasks pending: ${tasks.pending})`)
await signup('bounce@example.com', 'req-2')
await tasks.drain() // shutdown: wait for both tasks
console.log(`drained (tasks pending: ${tasks.pending})`)
await signup('late@example.com', 'req-3') // refused: shutting down
