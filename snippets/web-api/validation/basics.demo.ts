import { parseUserJson } from './basics.ts'

for (const text of [
  '{"name":"Ada","email":"ada@example.com","age":36}',
  '{"name":"Ada","email":"nope","age":"36"}',
  '{"name":"Ada",',
]) {
  const r = parseUserJson(text)
  console.log(r.ok ? `ok: ${JSON.stringify(r.value)}` : `${r.error}: ${r.issues.join('; ')}`)
}
