// Output: the parsed value is already the dump; JSON.stringify has surprises; output schemas
// shape what leaves; codecs convert both ways.
import { z } from 'zod'

// #region json-quirks
export const quirks = {
  undefinedKey: JSON.stringify({ a: 1, b: undefined }), // '{"a":1}': the key vanishes
  date: JSON.stringify({ at: new Date(Date.UTC(2025, 0, 2)) }), // ISO string (toJSON)
  set: JSON.stringify({ tags: new Set(['a']) }), // '{"tags":{}}': Sets and Maps empty out
  bigint: () => JSON.stringify({ id: 1n }), // throws TypeError: BigInt not serialisable
  nan: JSON.stringify({ ratio: Number.NaN }), // '{"ratio":null}'
}
// #endregion json-quirks

// #region shaping
export const UserRow = z.object({
  id: z.int(), name: z.string(), email: z.email(), password_hash: z.string(),
  address: z.object({ street: z.string(), zip_code: z.string() }),
})
export const UserOut = UserRow.omit({ password_hash: true }) // exclude={"password_hash"}
export const UserCard = UserRow.pick({ id: true, name: true }) // include={"id", "name"}
export const UserPublic = UserOut.extend({ // nested exclude: address without zip_code
  address: UserRow.shape.address.omit({ zip_code: true }),
})

/** exclude_none: drop null values before sending. */
export const withoutNulls = <T extends object>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null)) as Partial<T>
// #endregion shaping

// #region codec
/** "19.99" on the wire <-> 1999 cents in code: decode on the way in, encode on the way out. */
export const DecimalCents = z.codec(z.string().regex(/^\d+\.\d{2}$/), z.int().nonnegative(), {
  decode: s => Number(s.replace('.', '')),
  encode: c => `${Math.trunc(c / 100)}.${String(c % 100).padStart(2, '0')}`,
})
export const IsoDate = z.codec(z.iso.datetime(), z.date(), {
  decode: s => new Date(s),
  encode: d => d.toISOString(),
})
export const Invoice = z.object({ total: DecimalCents, issued_at: IsoDate })
// #endregion codec

// #region exclude-unset
/** response_model_exclude_unset: an absent optional key stays absent on the way out. */
export const ProductOut = z.object({
  name: z.string(), price: z.number(),
  description: z.string().optional(), tax: z.number().optional(),
})
/** The contrast: nullable defaults send every unset field as null. */
export const ProductOutWithNulls = z.object({
  name: z.string(), price: z.number(),
  description: z.string().nullable().default(null), tax: z.number().nullable().default(null),
})
// #endregion exclude-unset
