// Outbound calls under test: global fetch (msw sees it) and undici's own request API through an
// injected dispatcher (msw does not; undici's MockAgent does).
import { request, type Dispatcher } from 'undici'
import { ensureOk } from '../../http-clients/advanced/retry-app.ts'

export const WEATHER_URL = 'https://api.weather.example/v1/current'
export interface Weather { city: string, temperature: number }

// #region fetch-weather
/** TypeError on a network failure, TimeoutError past the deadline, HttpStatusError on 4xx/5xx. */
export async function fetchWeather(city: string, { timeoutMs = 2_000 } = {}): Promise<Weather> {
  const url = `${WEATHER_URL}?city=${encodeURIComponent(city)}`
  const res = await ensureOk(await fetch(url, { signal: AbortSignal.timeout(timeoutMs) }))
  return await res.json() as Weather
}
// #endregion fetch-weather

// #region forecast-undici
/** undici.request with the dispatcher injected: production passes its Agent, tests a MockAgent. */
export async function fetchForecast(dispatcher: Dispatcher, city: string): Promise<number[]> {
  const url = `https://forecast.example/v1/${encodeURIComponent(city)}`
  const { statusCode, body } = await request(url, { dispatcher })
  if (statusCode !== 200) throw new Error(`forecast: HTTP ${statusCode}`)
  return await body.json() as number[]
}
// #endregion forecast-undici
