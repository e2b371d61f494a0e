import { createFakeLlm } from '../../shared/fake-llm/app.ts'
import { exchangePrinter } from '../http-and-parameters/show-exchange.ts'
import { useProblemDetails } from './error-handler.ts'
import { chatRoutes } from './upstream-mapping.ts'

const chat = (plan: object, overloaded = false) => exchangePrinter(useProblemDetails(chatRoutes({
  fetch: async (url, init) => createFakeLlm({ plan }).app.request(url, init),
  baseUrl: 'http://llm.test', deadlineMs: 100, overloaded: () => overloaded,
})), console.log, { headers: ['retry-after'] })('/chat', { method: 'POST' })
await chat({ status: 500 }) // vendor broke -> 502
await chat({ latencyMs: 2000 }) // vendor too slow for our 100 ms deadline -> 504
await chat({}, true) // we shed load ourselves -> 503
