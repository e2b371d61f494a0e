import { UserCreateLoose, UserCreateStrict, UserCreateStripping } from './config-equivalents.ts'

const input = { name: 'Mallory', email: 'm@example.com', is_admin: true }
const schemas = { 'z.object': UserCreateStripping, 'z.strictObject': UserCreateStrict,
  'z.looseObject': UserCreateLoose }
for (const [name, schema] of Object.entries(schemas)) {
  const r = schema.safeParse(input)
  const out = r.success ? JSON.stringify(r.data) : r.error.issues[0]!.message
  console.log(`${name.padEnd(15)} -> ${out}`)
}
