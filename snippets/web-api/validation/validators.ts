// Pydantic's validators in zod: checks and transforms on fields (after), preprocess (before),
// object-level refinements (model validators) and a pre-model key map.
import { z } from 'zod'

// #region field-rules
export const UserInput = z.object({
  name: z.string().trim().min(1, { error: 'Name must not be blank' }), // stripped
  email: z.string().trim().toLowerCase().pipe(z.email()), // normalise, then check
  age: z.int().min(0).max(150),
  username: z.string() // a custom rule
    .refine(s => !/\s/.test(s), { error: 'No spaces in usernames' }),
  displayName: z.string().transform(s => s.replace(/\s+/g, ' ')), // a new value
})
// #endregion field-rules

// #region one-rule-many-fields
const Place = z.string().trim().min(1, { error: 'Must not be blank' }) // once
export const Address = z.object({ city: Place, state: Place, country: Place })
// #endregion one-rule-many-fields

// #region preprocess
/** Before-mode: accept "a, b" as well as ["a", "b"], then validate the array. */
const splitCsv = (raw: unknown) =>
  (typeof raw === 'string' ? raw.split(',').map(s => s.trim()).filter(Boolean) : raw)
export const Tags = z.preprocess(splitCsv, z.array(z.string().min(1)))
export const Article = z.object({ title: z.string(), tags: Tags })
// #endregion preprocess

// #region cross-field
export const DateRange = z.object({ start_date: z.iso.date(), end_date: z.iso.date() })
  .refine(r => r.end_date > r.start_date, {
    error: 'end_date must be after start_date', path: ['end_date'],
  })

const Passwords = z.object({ password: z.string().min(12), password_confirm: z.string() })
export const Signup = z.object({ email: z.email(), ...Passwords.shape })
  .refine(s => s.password === s.password_confirm, {
    error: 'Passwords do not match',
    path: ['password_confirm'], // the client sees the field, not the root
    when: p => Passwords.safeParse(p.value).success, // run even if email failed
  })
// #endregion cross-field

// #region key-map
const SNAKE: Record<string, string> = { userName: 'user_name', userEmail: 'user_email' }
const renameKeys = (raw: unknown) => (raw && typeof raw === 'object'
  ? Object.fromEntries(Object.entries(raw).map(([k, v]) => [SNAKE[k] ?? k, v]))
  : raw)

/** Pre-model: accept camelCase keys from an old client, validate the snake_case model. */
export const ApiPayload = z.preprocess(renameKeys, z.strictObject({
  user_name: z.string().min(1),
  user_email: z.email(),
}))
// #endregion key-map
