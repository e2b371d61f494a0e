// Outbound HTTP and function mocking. Imported by tests/testing/api-testing/mocking.test.ts.
import { delay, http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import * as jose from 'jose'
import { MockAgent } from 'undici'
import { afterAll, afterEach, beforeAll, expect, test, vi } from 'vitest'
import { fetchForecast, fetchWeather, WEATHER_URL } from './weather-client.ts'
import { weatherApp } from './weather-route.ts'

// #region msw-success
export const server = setupServer(
  http.get(WEATHER_URL, ({ request }) =>
    HttpResponse.json({ city: new URL(request.url).searchParams.get('city'), temperature: 15 })),
)
beforeAll(() => server.listen({ onUnhandledFrame: 'error' })) // nothing escapes to the network
afterEach(() => server.resetHandlers())                         // per-test overrides end here
afterAll(() => server.close())

test('fetchWeather returns what the vendor sent', async () => {
  expect(await fetchWeather('london')).toEqual({ city: 'london', temperature: 15 })
})
// #endregion msw-success

// #region msw-errors
test('network error: fetch rejects with TypeError', async () => {
  server.use(http.get(WEATHER_URL, () => HttpResponse.error()))
  await expect(fetchWeather('london')).rejects.toBeInstanceOf(TypeError)
})
test('slow vendor: our deadline fires first', async () => {
  server.use(http.get(WEATHER_URL, async () => {
    await delay('infinite')               // never answers
    return HttpResponse.json({})
  }))
  await expect(fetchWeather('london', { timeoutMs: 50 }))
    .rejects.toMatchObject({ name: 'TimeoutError' })
})
test('500: ensureOk throws HttpStatusError', async () => {
  server.use(http.get(WEATHER_URL, () => HttpResponse.text('boom', { status: 500 })))
  await expect(fetchWeather('london'))
    .rejects.toMatchObject({ name: 'HttpStatusError', status: 500 })
})
// #endregion msw-errors

// #region undici-mock-agent
test('undici.request bypasses msw: answer it with a MockAgent', async () => {
  const agent = new MockAgent()
  agent.disableNetConnect()                     // an unmatched request throws, never dials out
  agent.get('https://forecast.example')
    .intercept({ path: '/v1/london' }).reply(200, [14, 16, 12])
  expect(await fetchForecast(agent, 'london')).toEqual([14, 16, 12])
  await expect(fetchForecast(agent, 'paris')).rejects.toThrow(/disabled|No mock/i)
  await agent.close()
})
// #endregion undici-mock-agent

// #region vi-fn
type Charge = (userId: number, amount: number) => Promise<{ status: string, id: string }>
const checkout = (payments: { charge: Charge }, userId: number, amount: number) =>
  payments.charge(userId, amount)

test('vi.fn: the AsyncMock analog', async () => {
  const payments = { charge: vi.fn().mockResolvedValue({ status: 'success', id: 'ch_123' }) }
  expect(await checkout(payments, 1, 99.99)).toEqual({ status: 'success', id: 'ch_123' })
  expect(payments.charge).toHaveBeenCalledExactlyOnceWith(1, 99.99)
})
// #endregion vi-fn

// #region vi-mock-module
vi.mock('./weather-client.ts', async (importOriginal) => { // hoisted above every import
  const real = await importOriginal<typeof import('./weather-client.ts')>()
  return { ...real, fetchWeather: vi.fn(real.fetchWeather) } // the DEFINING module, by specifier
})

test('vi.mock: the route sees the replaced export', async () => {
  vi.mocked(fetchWeather).mockResolvedValueOnce({ city: 'paris', temperature: 30 })
  const res = await weatherApp.request('/weather/paris')
  expect(await res.json()).toEqual({ city: 'paris', temperature: 30, advice: 'hot' })
})
// #endregion vi-mock-module

// #region spy-on-instance
class WeatherService { async current(city: string) { return fetchWeather(city) } }

test('spy on an object\'s method, not on an ESM export', async () => {
  const service = new WeatherService()
  vi.spyOn(service, 'current').mockResolvedValue({ city: 'oslo', temperature: -3 })
  expect(await service.current('oslo')).toEqual({ city: 'oslo', temperature: -3 })
  expect(() => vi.spyOn(jose, 'decodeJwt'))     // an ESM namespace is read-only
    .toThrow('Module namespace is not configurable in ESM')
})
// #endregion spy-on-instance
