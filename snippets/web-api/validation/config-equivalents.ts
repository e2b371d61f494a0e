// Pydantic's ConfigDict, translated: extra-key policy, wire casing, frozen values.
import { z } from 'zod'

// #region strict
const shape = { name: z.string(), email: z.email() }
export const UserCreateStripping = z.object(shape) // extra="ignore": is_admin silently dropped
export const UserCreateStrict = z.strictObject(shape) // extra="forbid": is_admin -> an issue
export const UserCreateLoose = z.looseObject(shape) // extra="allow": is_admin kept, unchecked
// #endregion strict

// #region casing
const snakeToCamel = (k: string) => k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())
const camelToSnake = (k: string) => k.replace(/[A-Z]/g, c => `_${c.toLowerCase()}`)
const mapKeys = (o: object, f: (k: string) => string) =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [f(k), v]))

export const Profile = z.strictObject({ firstName: z.string(), lastName: z.string() }) // camelCase in code
/** The wire speaks snake_case (an existing Python API): map keys at the border, both ways. */
export const profileFromWire = (raw: unknown) =>
  Profile.parse(raw && typeof raw === 'object' ? mapKeys(raw, snakeToCamel) : raw)
export const profileToWire = (p: z.infer<typeof Profile>) => mapKeys(p, camelToSnake)
// #endregion casing

// #region readonly
export const FrozenUser = z.object({ name: z.string(), age: z.int() }).readonly() // frozen=True
// #endregion readonly

// #region str-helper
/** str_strip_whitespace + str_min/max_length, once: every string of the API goes through it. */
export const Str = (max = 500) => z.string().trim().min(1).max(max)
// #endregion str-helper
