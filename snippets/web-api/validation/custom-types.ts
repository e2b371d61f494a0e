// Annotated[...] aliases and custom types: exported schema constants, transforms, brands.
import { z } from 'zod'

// #region reusable
export const NonEmptyStr = z.string().trim().min(1).max(500)
export const PositiveNumber = z.number().positive()
export const Percentage = z.number().min(0).max(100)
export const PageSize = z.int().min(1).max(100).default(20)

export const Product = z.object({ name: NonEmptyStr, price: PositiveNumber, discount: Percentage })
export const Review = z.object({ body: NonEmptyStr, score: Percentage })
export const ListQuery = z.object({ page_size: PageSize })
// #endregion reusable

// #region custom-types
/** Keep digits and "+", then require 10-15 characters. */
export const PhoneNumber = z.string()
  .transform(s => s.replace(/[^\d+]/g, ''))
  .pipe(z.string().min(10).max(15))

/** Three letters, upper-cased, and a nominal type: a plain string does not fit. */
export const CurrencyCode = z.string().regex(/^[a-z]{3}$/i)
  .transform(s => s.toUpperCase())
  .brand<'CurrencyCode'>()
export type CurrencyCode = z.infer<typeof CurrencyCode>
export const PositiveAmount = z.number().positive().multipleOf(0.01)

export const charge = (amount: number, currency: CurrencyCode) => `${amount.toFixed(2)} ${currency}`
// #endregion custom-types
