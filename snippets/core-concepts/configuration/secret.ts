// Secret hygiene in the type: a secret value prints, logs and serialises as [REDACTED] everywhere,
// and the code that really needs it says so with .reveal(). (pydantic's SecretStr.)
import { z } from 'zod'

const INSPECT: unique symbol = Symbol.for('nodejs.util.inspect.custom')

// #region secret
export class Secret {
  readonly #value: string
  constructor(value: string) {
    this.#value = value
  }

  reveal(): string { return this.#value } // the one deliberate way out
  toString(): string { return '[REDACTED]' } // template literals, String()
  toJSON(): string { return '[REDACTED]' } // JSON.stringify, pino, c.json()
  [INSPECT](): string { return 'Secret([REDACTED])' } // console.log, util.inspect
}

/** A required secret: no default; a bad value is reported without echoing it. */
export const secret = (check: z.ZodType<string, string> = z.string().min(1)) =>
  check.transform(value => new Secret(value)) // validate first, then wrap
// #endregion secret
