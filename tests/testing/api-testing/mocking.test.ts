// Runs the slide's mocking tests and proves msw fails a request nobody handles.
import { expect, test } from 'vitest'
import '../../../snippets/testing/api-testing/mocking.test.ts'
import { fetchWeather } from '../../../snippets/testing/api-testing/weather-client.ts'
import { weatherApp } from '../../../snippets/testing/api-testing/weather-route.ts'

test('an unhandled request is an error, not a trip to the network', async () => {
  const err = await fetch('https://nobody-mocks-this.example/').then(() => null, (e: unknown) => e)
  expect(err).toBeInstanceOf(TypeError)
  const cause = (err as Error).cause
  expect(String(cause)).toMatch(/Cannot bypass a request when using the "error" strategy/)
})

test('without an override, the mocked module calls through to the real fetchWeather (msw answers)', async () => {
  const res = await weatherApp.request('/weather/london')
  expect(await res.json()).toEqual({ city: 'london', temperature: 15, advice: 'mild' })
  expect(fetchWeather).toHaveBeenCalledWith('london')
})
