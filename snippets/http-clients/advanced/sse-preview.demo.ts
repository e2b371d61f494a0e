import { createFakeLlm } from '../../shared/fake-llm/app.ts'
import { tokens } from './sse-preview.ts'

const fake = createFakeLlm({ seed: 7 })
const res = await fake.app.request('/v1/chat/completions', { method: 'POST',
  body: JSON.stringify({ stream: true, messages: [{ role: 'user', content: 'hi' }] }) })
const parts: string[] = []
for await (const token of tokens(res.body!)) parts.push(token)
console.log(`${parts.length} tokens: ${parts.join('|')}`)
