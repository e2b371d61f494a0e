import { createFakeLlm } from '../../shared/fake-llm/app.ts'
import { createProxyApp } from './llm-proxy.ts'

const fake = createFakeLlm({ seed: 7, plan: { chunks: 5, gapMs: 20 } })
const upstream = async (url: string, init: RequestInit) => fake.app.request(url, init)
const app = createProxyApp({ fetch: upstream, baseUrl: 'http://llm', deadlineMs: 5000 })
const post = { method: 'POST', headers: { 'content-type': 'application/json' } }
const ask = (prompt: string) => app.request('/chat', { ...post, body: JSON.stringify({ prompt }) })
const res = await ask('hello')
console.log(`${res.status} ${res.headers.get('content-type')}`)
for (const event of (await res.text()).trim().split('\n\n'))
  console.log(event.replace('\n', ' | '))
fake.setPlan({ status: 500 })
const failed = await ask('hello')
console.log(`${failed.status} ${(await failed.json() as { code: string }).code}`)
