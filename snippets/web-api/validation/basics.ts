// zod basics: a schema is a value, its static type is derived from it, and parsing is the only
// thing that makes the type true at runtime.
import { z } from 'zod'

// #region user-schema
export const User = z.object({
  name: z.string(), // every key has a schema; no .optional()/.default() = required
  email: z.email(),
  age: z.int(),
  isActive: z.boolean().default(true), // may be omitted; order of keys does not matter
})
export type User = z.infer<typeof User> // the static type, derived: one source of truth
// #endregion user-schema

export type Parsed<T> = { ok: true, value: T } | { ok: false, error: 'invalid payload', issues: string[] }

// #region create
/** `model_validate_json`: JSON.parse can throw too, so both failures end in one result. */
export function parseUserJson(text: string): Parsed<User> {
  let raw: unknown
  try {
    raw = JSON.parse(text) // throws SyntaxError on malformed text
  }
  catch {
    return { ok: false, error: 'invalid payload', issues: ['body is not valid JSON'] }
  }
  const result = User.safeParse(raw) // parse() would throw a ZodError instead
  if (result.success)
    return { ok: true, value: result.data }
  return { ok: false, error: 'invalid payload', issues: result.error.issues.map(i => `${i.path.join('.')}: ${i.message}`) }
}
// #endregion create

// #region coercion
export const StrictAge = z.object({ age: z.number() }) // zod's default: "30" is refused
export const CoercedAge = z.object({ age: z.coerce.number() }) // opt in: "30" -> 30

// Coercion traps: only at string-only borders (query, path, headers, env), never for JSON.
export const coerceBool = z.coerce.boolean() // Boolean("false") === true (!)
export const stringBool = z.stringbool() // "false" -> false, "yes"/"1"/"on" -> true, "maybe" -> error
export const coerceNumber = z.coerce.number() // Number("") === 0 (!)
// #endregion coercion
