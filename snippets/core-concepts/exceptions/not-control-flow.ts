// Expected failures travel as values: a user typing "abc" into a quantity field is not
// exceptional. (Building an Error also captures a stack, which costs time in a hot path.)
import { z } from 'zod'

export type Result<T, E = string> = { ok: true, value: T } | { ok: false, error: E }

// #region parse
export function parseQuantity(raw: string): Result<number> {
  // parseInt returns NaN instead of throwing (and reads "12abc" as 12)
  const n = /^\d+$/.test(raw.trim()) ? Number.parseInt(raw, 10) : Number.NaN
  if (Number.isNaN(n) || n < 1)
    return { ok: false, error: `quantity must be a positive integer, got "${raw}"` }
  return { ok: true, value: n }
}

const Order = z.object({ sku: z.string().min(1), quantity: z.number().int().positive() })
type Issues = z.core.$ZodIssue[]

export function parseOrder(input: unknown): Result<z.infer<typeof Order>, Issues> {
  const parsed = Order.safeParse(input)               // never throws on bad input
  if (!parsed.success)
    return { ok: false, error: parsed.error.issues }
  return { ok: true, value: parsed.data }
}
// #endregion parse
