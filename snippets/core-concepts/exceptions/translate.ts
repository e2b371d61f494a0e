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
const UNIQUE_VIOLATION = '23505'

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
    if (hasCode(err, UNIQUE_VIOLATION))
      throw new EmailTakenError('this email is already registered', { cause: err })
    throw err                              // not understood: same object, untouched
  }
}
// #endregion repo-to-domain
