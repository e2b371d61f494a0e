import { DriverError, EmailTakenError, registerUser } from './translate.ts'

const duplicate = new DriverError('duplicate key violates unique constraint', '23505')
const repo = { insert: async (): Promise<never> => { throw duplicate } }

const err = await registerUser(repo, 'ada@example.com').catch((e: unknown) => e)
if (err instanceof EmailTakenError) {
  console.log(`${err.name} (${err.status}): ${err.message}`)
  console.log(`cause is the driver error: ${err.cause === duplicate} (${duplicate.code})`)
}
