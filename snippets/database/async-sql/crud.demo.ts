import { createUser, deactivateUsers, listUsers } from './crud.ts'
import { createPgliteDb } from './migrations.ts'

const { db, close } = await createPgliteDb()
for (const name of ['Ada', 'Alan', '100% Grace', 'Linus'])
  await createUser(db, { email: `${name.length}${name[0]}@example.com`.toLowerCase(), name })
await deactivateUsers(db, [4])

type Filters = Parameters<typeof listUsers>[1]
const names = async (filters: Filters, offset?: number, limit?: number) =>
  (await listUsers(db, filters, offset, limit)).map(u => u.name).join(', ')
console.log(`active: ${await names({ active: true })}`)
console.log(`search "a": ${await names({ search: 'a' })}`)
console.log(`search "%": ${await names({ search: '%' })}`)
console.log(`page 2 of 2: ${await names({}, 2, 2)}`)
await close()
