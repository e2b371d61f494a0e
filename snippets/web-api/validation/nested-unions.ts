// Nested trees, collections and discriminated unions.
import { z } from 'zod'

// #region nested
export const Address = z.object({
  street: z.string(),
  zip_code: z.string().regex(/^\d{5}(-\d{4})?$/, { error: 'ZIP is 12345 or 12345-6789' }),
})
export const Company = z.object({ name: z.string(), address: Address })
export const Employee = z.object({
  name: z.string(),
  company: Company, // the whole tree is validated, paths name the exact leaf
  previous_companies: z.array(Company).default(() => []),
})
// #endregion nested

// #region collections
export const Widget = z.object({ id: z.int(), label: z.string() })
export const Dashboard = z.object({
  widgets: z.array(Widget), // list[Widget]
  preferences: z.record(z.string(), z.enum(['light', 'dark'])), // dict[str, Pref]
  groups: z.record(z.string(), z.array(z.string())), // dict[str, list[str]]
  location: z.tuple([z.number(), z.number()]), // tuple[float, float]
})
// set[str]: JSON has no sets. Accept an array, then dedupe - or refuse duplicates.
export const TagsDeduped = z.array(z.string()).transform(tags => [...new Set(tags)])
export const TagsUnique = z.array(z.string())
  .refine(tags => new Set(tags).size === tags.length, { error: 'Tags must be unique' })
// #endregion collections

// #region union
export const Notification = z.discriminatedUnion('type', [
  z.object({ type: z.literal('email'), address: z.email(), subject: z.string() }),
  z.object({ type: z.literal('sms'), phone_number: z.string() }),
  z.object({ type: z.literal('push'), device_token: z.string() }),
])
export type Notification = z.infer<typeof Notification>

export function describeNotification(n: Notification): string {
  switch (n.type) { // narrows: n.address only exists in the email branch
    case 'email': return `mail ${n.address}: ${n.subject}`
    case 'sms': return `text ${n.phone_number}`
    case 'push': return `push to ${n.device_token}`
    default: return n satisfies never // a new branch without a case fails to compile
  }
}
// #endregion union
