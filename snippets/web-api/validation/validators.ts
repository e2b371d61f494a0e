// Pydantic's validators in zod: checks and transforms on fields (after), preprocess (before),
// object-level refinements (model validators) and a pre-model key map.
import { z } from 'zod'

// #region field-rules
export const UserInput = z.object({
  name: z.string().trim().min(1, { error: 'Name must not be blank' }), // returned stripped
  email: z.string().trim().toLowerCase().pipe(z.email()), // normalise, then check
  age: z.int().min(0).max(150),
  username: z.string().refine(s => !/\s/.test(s), { error: 'No spaces in usernames' }), // custom rule
  displayName: z.string().transform(s => s.replace(/\s+/g, ' ')), // value change
})
// #endregion field-rules

// #region one-rule-many-fields
const Place = z.string().trim().min(1, { error: 'Must not be blank' }) // the rule, once
export const Address = z.object({ city: Place, state: Place, country: Place })
// #endregion one-rule-many-fields

// #region preprocess
/** Before-mode: accept "a, b" as well as ["a", "b"] before the array schema sees it. */
export const Tags = z.preprocess(
  raw => (typeof raw === 'string' ? raw.split(',').map(s => s.trim()).filter(Boolean) : raw),
  z.array(z.string().min(1)),
)
export const Article = z.object({ title: z.string(), tags: Tags })
// #endregion preprocess

// #region cross-field
export const DateRange = z.object({ start_date: z.iso.date(), end_date: z.iso.date() })
  .refine(r => r.end_date > r.start_date, { error: 'end_date must be after start_date', path: ['end_date'] })

const Passwords = z.object({ password: z.string().min(12), password_confirm: z.string() })
export const Signup = z.object({ email: z.email(), ...Passwords.shape })
  .refine(s => s.password === s.password_confirm, {
    error: 'Passwords do not match',
    path: ['password_confirm'], // the client sees the field, not the root
    when: payload => Passwords.safeParse(payload.value).success, // run even if email failed
  })
// #endregion cross-field

// #region key-map
const CAMEL_TO_SNAKE: Record<string, string> = { userName: 'user_name', userEmail: 'user_email' }

/** Pre-model: accept camelCase keys from an old client, validate the snake_case model. */
export const ApiPayload = z.preprocess(
  raw => (raw && typeof raw === 'object'
    ? Object.fromEntries(Object.entries(raw).map(([k, v]) => [CAMEL_TO_SNAKE[k] ?? k, v]))
    : raw),
  z.strictObject({ user_name: z.string().min(1), user_email: z.email() }),
)
// #endregion key-map
