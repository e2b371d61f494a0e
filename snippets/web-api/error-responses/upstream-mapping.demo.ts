import { createFakeLlm } from '../../shared/fake-llm/app.ts'
import type { FaultPlan } from '../../shared/fake-llm/app.ts'
import { useProblemDetails } from './error-handler.ts'
import { chatRoutes } from './upstream-mapping.ts'

const chat = (plan: FaultPlan, overloaded = false) => useProblemDetails(chatRoutes({
  fetch: async (url, init) => createFakeLlm({ plan }).app.request(url, init),
  baseUrl: 'http://llm.test', deadlineMs: 100, overloaded: () => overloaded,
})).request('/chat', { method: 'POST' })
for (const res of [await chat({ status: 500 }), await chat({ latencyMs: 2000 }), await chat({}, true)]) {
  const { code, detail } = await res.json() as { code: string, detail: string }
  const retry = res.headers.get('retry-after') ? ` (Retry-After: ${res.headers.get('retry-after')})` : ''
  console.log(`${res.status} ${code}${retry}: ${detail}`)
}
