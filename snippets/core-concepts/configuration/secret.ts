// Secret hygiene in the type: a secret value prints, logs and serialises as [REDACTED] everywhere,
// and the code that really needs it says so with .reveal(). (pydantic's SecretStr.)
import { z } from 'zod'

const INSPECT: unique symbol = Symbol.for('nodejs.util.inspect.custom')
type StringSchema = z.ZodType<string, string>

// #region secret
export class Secret {
  readonly #value: string
  constructor(value: string) {
    this.#value = value
  }

  // the one deliberate way out
  reveal(): string { return this.#value }
  // template literals, String()
  toString(): string { return '[REDACTED]' }
  // JSON.stringify, pino, c.json()
  toJSON(): string { return '[REDACTED]' }
  // console.log, util.inspect
  [INSPECT](): string { return 'Secret([REDACTED])' }
}

/** Required, no default; validated, then wrapped. */
export const secret = (check: StringSchema = z.string().min(1)) =>
  check.transform(value => new Secret(value))
// #endregion secret
