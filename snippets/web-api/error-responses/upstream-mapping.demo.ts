import { createFakeLlm } from '../../shared/fake-llm/app.ts'
import type { FaultPlan } from '../../shared/fake-llm/app.ts'
import { useProblemDetails } from './error-handler.ts'
import { chatRoutes } from './upstream-mapping.ts'

const chat = async (plan: FaultPlan, overloaded = false) => useProblemDetails(chatRoutes({
  fetch: async (url, init) => createFakeLlm({ plan }).app.request(url, init),
  baseUrl: 'http://llm.test', deadlineMs: 100, overloaded: () => overloaded,
})).request('/chat', { method: 'POST' })
for (const [name, res] of [['vendor 500', await chat({ status: 500 })],
  ['vendor takes 2 s', await chat({ latencyMs: 2000 })], ['we are draining', await chat({}, true)]] as const) {
  const { code, detail } = await res.json() as { code: string, detail: string }
  const retry = res.headers.get('retry-after')
  console.log(`${name.padEnd(16)} -> ${res.status} ${code}${retry ? ` Retry-After: ${retry}` : ''}`)
  console.log(`  ${detail}`)
}
