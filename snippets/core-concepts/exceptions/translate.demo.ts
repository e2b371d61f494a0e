import { DriverError, EmailTakenError, registerUser } from './translate.ts'

const repo = {
  insert: async (): Promise<never> => {
    throw new DriverError('duplicate key value violates unique constraint "users_email_key"', '23505')
  },
}

try {
  await registerUser(repo, 'ada@example.com')
}
catch (err) {
  if (err instanceof EmailTakenError && err.cause instanceof DriverError) {
    console.log(`${err.name} (${err.status}): ${err.message}`)
    console.log(`cause: ${err.cause.name} code=${err.cause.code}`)
  }
}
