// A route that imports its vendor call directly (no injection): only vi.mock can replace it.
import { Hono } from 'hono'
import { fetchWeather } from './weather-client.ts'

export const weatherApp = new Hono().get('/weather/:city', async (c) => {
  const weather = await fetchWeather(c.req.param('city'))
  return c.json({ ...weather, advice: weather.temperature >= 25 ? 'hot' : 'mild' })
})
