// zod basics: a schema is a value, its static type is derived from it, and parsing is the only
// thing that makes the type true at runtime.
import { z } from 'zod'

// #region user-schema
export const User = z.object({
  name: z.string(), // no .optional() / .default(): required
  email: z.email(),
  age: z.int(),
  isActive: z.boolean().default(true), // may be omitted; key order does not matter
})
export type User = z.infer<typeof User> // the static type, derived from the schema
// #endregion user-schema

export type Parsed<T> = { ok: true, value: T } | { ok: false, error: 'invalid payload', issues: string[] }
const invalid = (issues: string[]) => ({ ok: false, error: 'invalid payload', issues }) as const

// #region create
/** model_validate_json: JSON.parse throws too, so both failures end in one result. */
export function parseUserJson(text: string): Parsed<User> {
  let raw: unknown
  try {
    raw = JSON.parse(text) // throws SyntaxError on malformed text
  }
  catch {
    return invalid(['body is not valid JSON'])
  }
  const result = User.safeParse(raw) // parse() would throw a ZodError instead
  if (result.success)
    return { ok: true, value: result.data }
  return invalid(result.error.issues.map(i => `${i.path.join('.')}: ${i.message}`))
}
// #endregion create

// #region coercion
export const StrictAge = z.object({ age: z.number() }) // default: "30" is refused
export const CoercedAge = z.object({ age: z.coerce.number() }) // opt in: "30" -> 30

// Traps: coerce only at string-only borders (query, path, headers, env).
export const coerceBool = z.coerce.boolean() // Boolean("false") === true (!)
export const stringBool = z.stringbool() // "false" -> false, "maybe" -> error
export const coerceNumber = z.coerce.number() // Number("") === 0 (!)
// #endregion coercion
