import { Hono } from 'hono'
import { corsFromEnv } from './cors-env.ts'

for (const ENVIRONMENT of ['production', 'staging', 'qa-typo']) {
  const app = new Hono().use(corsFromEnv({ ENVIRONMENT })).get('/', c => c.text('ok'))
  for (const origin of ['https://app.example.com', 'https://preview.example.com']) {
    const res = await app.request('/', { headers: { Origin: origin } })
    const allowed = res.headers.get('Access-Control-Allow-Origin') ?? 'blocked'
    console.log(`${ENVIRONMENT} ${origin} -> ${allowed}`)
  }
}
