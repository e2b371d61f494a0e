// Translating between layers: the service turns a driver error it understands into a domain
// error, keeping the original as `cause`; anything it does not understand goes up untouched.
import { hasCode } from './cause-chain.ts'
import { AppError } from './hierarchy.ts'

/** Shaped like the errors node-postgres throws: SQL detail in the message, SQLSTATE in `code`. */
export class DriverError extends Error {
  override name = 'DriverError'
  readonly code: string
  constructor(message: string, code: string) {
    super(message)
    this.code = code
  }
}

export interface UserRepository {
  insert(email: string): Promise<{ id: number, email: string }>
}

// #region repo-to-domain
export class EmailTakenError extends AppError {
  override name = 'EmailTakenError'
  override readonly code = 'EMAIL_TAKEN'
  override readonly status = 409
}

export async function registerUser(repo: UserRepository, email: string) {
  try {
    return await repo.insert(email)
  }
  catch (err) {
    if (hasCode(err, '23505'))              // unique_violation: we know this one
      throw new EmailTakenError('email already registered', { cause: err })
    throw err                               // not understood: the same object
  }
}
// #endregion repo-to-domain
