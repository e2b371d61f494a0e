import { UserCreateLoose, UserCreateStrict, UserCreateStripping } from './config-equivalents.ts'

const input = { name: 'Mallory', email: 'm@example.com', is_admin: true }
for (const [name, schema] of [['z.object', UserCreateStripping], ['z.strictObject', UserCreateStrict], ['z.looseObject', UserCreateLoose]] as const) {
  const result = schema.safeParse(input)
  console.log(`${name.padEnd(15)} -> ${result.success ? JSON.stringify(result.data) : result.error.issues[0]!.message}`)
}
