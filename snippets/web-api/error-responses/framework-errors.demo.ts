import { createDefaultApp } from './app.ts'

const app = createDefaultApp()
const big = new TextEncoder().encode(JSON.stringify({ email: 'a@b.co', bio: 'x'.repeat(20_000) }))
for (const [type, body] of [
  ['application/json', '{"email": '], // the json validator's HTTPException(400)
  ['application/x-www-form-urlencoded', 'email=ada@example.com'], // 415
  ['application/json', big], // bodyLimit's HTTPException(413)
] as const) {
  const res = await app.request('/users', { method: 'POST', headers: { 'content-type': type }, body })
  const { code, detail } = await res.json() as { code: string, detail: string }
  console.log(`${res.status} ${res.headers.get('content-type')} ${code}: ${detail}`)
}
