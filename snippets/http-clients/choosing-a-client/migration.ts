// Two behaviour-preserving migrations. Each original leans on implicit library behaviour (throw
// on status, parsed bodies, a timer, retries, hooks); each migration re-creates every one of them
// explicitly on undici. The tests run both versions through the same faults. Node only.
import axios from 'axios'
import got from 'got'
import { Agent, fetch, interceptors, request } from 'undici'
import { HttpStatusError, ensureOk } from '../advanced/retry-app.ts'
import { COMPLETIONS, llmRequest } from '../timeouts/llm-request.ts'

interface Completion { choices: Array<{ message: { content: string } }> }
interface ModelList { data: Array<{ id: string }> }
export interface ChatClient { chat: (prompt: string, signal?: AbortSignal) => Promise<string>, close: () => Promise<void> }
export interface ModelsClient { list: (signal?: AbortSignal) => Promise<string[]>, close: () => Promise<void> }
const contentOf = (c: Completion) => c.choices[0]?.message.content ?? ''

// #region axios-original
export function axiosChat(baseURL: string, apiKey: string, timeoutMs: number): ChatClient {
  const http = axios.create({ baseURL, timeout: timeoutMs }) // Node: an inactivity timer
  http.interceptors.request.use((config) => {
    config.headers.set('authorization', `Bearer ${apiKey}`)
    return config
  })
  const chat = async (prompt: string, signal?: AbortSignal) => { // throws on 4xx/5xx
    const { headers, body } = llmRequest({ prompt })
    return contentOf((await http.post<Completion>(COMPLETIONS, body, { headers, signal })).data)
  }
  return { chat, close: async () => {} }
}
// #endregion axios-original

// #region axios-to-fetch
export function fetchChat(baseUrl: string, apiKey: string, timeoutMs: number): ChatClient {
  const agent = new Agent({ allowH2: false, connections: 10, // axios's timer, phase by phase
    connect: { timeout: timeoutMs }, headersTimeout: timeoutMs, bodyTimeout: timeoutMs })
  const chat = async (prompt: string, signal?: AbortSignal) => {
    const { headers, body } = llmRequest({ prompt })
    const res = await fetch(new URL(COMPLETIONS, baseUrl), { method: 'POST', body, signal,
      headers: { ...headers, authorization: `Bearer ${apiKey}` }, // was the interceptor
      dispatcher: agent })
    await ensureOk(res) // axios threw on status: fetch does not
    return contentOf(await res.json() as Completion) // axios parsed `data` for you
  }
  return { chat, close: () => agent.close() }
}
// #endregion axios-to-fetch

// #region got-original
export function gotModels(prefixUrl: string, timeoutMs: number): ModelsClient {
  const http = got.extend({ prefixUrl, timeout: { connect: timeoutMs, response: timeoutMs,
    socket: timeoutMs }, retry: { limit: 2, backoffLimit: 50 }, // got: GET retried on 5xx
  hooks: { beforeRequest: [(options) => { options.headers['x-client-id'] = 'svc-a' }] } })
  const list = async (signal?: AbortSignal) =>
    (await http.get('v1/models', { signal }).json<ModelList>()).data.map(m => m.id)
  return { list, close: async () => {} }
}
// #endregion got-original

// #region got-to-undici
export function undiciModels(origin: string, timeoutMs: number): ModelsClient {
  const agent = new Agent({ allowH2: false, connections: 10, connect: { timeout: timeoutMs },
    headersTimeout: timeoutMs, bodyTimeout: timeoutMs }).compose(interceptors.retry({
    maxRetries: 2, methods: ['GET'], statusCodes: [500, 502, 503, 504], minTimeout: 50 }))
  const list = async (signal?: AbortSignal) => {
    const res = await request(`${origin}/v1/models`, { dispatcher: agent, signal,
      headers: { 'x-client-id': 'svc-a' } }) // the hook, now explicit
    if (res.statusCode >= 400) { // got threw HTTPError: now we do
      await res.body.dump()
      throw new HttpStatusError(res.statusCode, origin, '')
    }
    return (await res.body.json() as ModelList).data.map(m => m.id)
  }
  return { list, close: () => agent.close() }
}
// #endregion got-to-undici
