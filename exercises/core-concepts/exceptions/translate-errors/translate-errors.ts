// Exercise: translate repository errors into domain errors, keeping the driver error as `cause`.
// Run: npm run exercise -- core-concepts/exceptions/translate-errors
import { AppError } from '../../../../snippets/core-concepts/exceptions/hierarchy.ts'

/** What node-postgres throws: SQL detail in the message, the SQLSTATE in `code`. */
export class DriverError extends Error {
  override name = 'DriverError'
  readonly code: string
  constructor(message: string, code: string) {
    super(message)
    this.code = code
  }
}

export class EmailTakenError extends AppError {
  override name = 'EmailTakenError'
  override readonly code = 'EMAIL_TAKEN'
  override readonly status = 409
}

export class UnknownReferenceError extends AppError {
  override name = 'UnknownReferenceError'
  override readonly code = 'UNKNOWN_REFERENCE'
  override readonly status = 422
}

export interface NewUser {
  email: string
  teamId: number
}

export interface UserRepository {
  insert(user: NewUser): Promise<{ id: number }>
}

/** True when `err` is an Error carrying the given SQLSTATE `code`. */
export function hasSqlState(err: unknown, code: string): err is Error & { code: string } {
  // TODO: narrow `unknown` safely: an Error, with a `code` property, equal to `code`.
  void err
  void code
  return false
}

export async function createUser(repo: UserRepository, user: NewUser): Promise<{ id: number }> {
  // TODO: catch what the repository throws and translate:
  //   code 23505 (unique violation)      -> EmailTakenError, with the driver error as cause
  //   code 23503 (foreign-key violation) -> UnknownReferenceError, with the driver error as cause
  //   anything else                      -> rethrow the very same object
  // Messages are for API clients: no SQL in them.
  return repo.insert(user)
}
