import { parseUserJson } from './basics.ts'

for (const text of [
  '{"name":"Ada","email":"ada@example.com","age":36}',
  '{"name":"Ada","email":"not-an-email","age":"36"}',
  '{"name":"Ada",',
]) {
  const result = parseUserJson(text)
  console.log(result.ok ? `ok: ${JSON.stringify(result.value)}` : `${result.error}: ${result.issues.join('; ')}`)
}
