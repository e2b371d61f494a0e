// Pydantic's ConfigDict, translated: extra-key policy, wire casing, frozen values.
import { z } from 'zod'

// #region strict
const shape = { name: z.string(), email: z.email() }
export const UserCreateStripping = z.object(shape) // extra="ignore": is_admin dropped
export const UserCreateStrict = z.strictObject(shape) // extra="forbid": an issue
export const UserCreateLoose = z.looseObject(shape) // extra="allow": kept, unchecked
// #endregion strict

// #region casing
const toCamel = (k: string) => k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())
const toSnake = (k: string) => k.replace(/[A-Z]/g, c => `_${c.toLowerCase()}`)
const mapKeys = (o: object, f: (k: string) => string) =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [f(k), v]))

export const Profile = z.strictObject({ firstName: z.string(), lastName: z.string() })
/** The wire speaks snake_case (an existing Python API): map keys at the border. */
export const profileFromWire = (raw: unknown) =>
  Profile.parse(raw && typeof raw === 'object' ? mapKeys(raw, toCamel) : raw)
export const profileToWire = (p: z.infer<typeof Profile>) => mapKeys(p, toSnake)
// #endregion casing

// #region readonly
export const FrozenUser = z.object({ name: z.string(), age: z.int() })
  .readonly() // frozen=True: Object.freeze + a Readonly<> type
// #endregion readonly

// #region str-helper
/** str_strip_whitespace + str_min/max_length, once, for every string of the API. */
export const Str = (max = 500) => z.string().trim().min(1).max(max)
// #endregion str-helper
