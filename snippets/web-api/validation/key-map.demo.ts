import { ApiPayload } from './validators.ts'

console.log(JSON.stringify(ApiPayload.parse({ userName: 'ada', userEmail: 'ada@example.com' })))
console.log(JSON.stringify(ApiPayload.parse({ user_name: 'ada', user_email: 'ada@example.com' })))
const bad = ApiPayload.safeParse({ userName: '', userEmail: 'nope' })
console.log(bad.success ? 'ok' : bad.error.issues.map(i => `${i.path.join('.')}: ${i.message}`).join('; '))
