import { ApiPayload } from './validators.ts'

const show = (input: object) => {
  const r = ApiPayload.safeParse(input)
  if (r.success)
    return JSON.stringify(r.data)
  return r.error.issues.map(i => `${i.path.join('.')}: ${i.message}`).join('\n')
}
console.log(show({ userName: 'ada', userEmail: 'ada@example.com' }))
console.log(show({ user_name: 'ada', user_email: 'ada@example.com' }))
console.log(show({ userName: '', userEmail: 'nope' }))
