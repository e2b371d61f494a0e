import { Hono } from 'hono'
import { corsPolicy, PROD_ORIGINS } from './cors.ts'

const app = new Hono().use(corsPolicy(PROD_ORIGINS)).get('/me', c => c.json({ id: 'u1' }))
for (const origin of ['https://app.example.com', 'https://evil.example']) {
  const res = await app.request('/me', { method: 'OPTIONS', headers: { origin,
    'access-control-request-method': 'PUT', 'access-control-request-headers': 'x-evil' } })
  console.log(`preflight from ${origin}: ${res.status}`)
  for (const h of ['allow-origin', 'allow-credentials', 'allow-headers'])
    console.log(`  access-control-${h}: ${res.headers.get(`access-control-${h}`) ?? '(absent)'}`)
}
