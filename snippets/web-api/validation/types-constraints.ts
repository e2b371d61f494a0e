// The guide's types and constraints in zod: methods instead of Field(...) keyword arguments.
import { z } from 'zod'

// #region constraints
export const Product = z.object({
  name: z.string().min(1).max(200), // min_length / max_length
  price: z.number().gt(0).describe('Price in USD'), // gt; .positive() is the same
  quantity: z.int().min(0).max(10_000).default(0), // ge / le + default
  sku: z.string().regex(/^[A-Z]{2}-\d{4}$/, { error: 'SKU looks like AB-1234' }),
  tags: z.array(z.string()).max(10).default(() => []), // default_factory
  step: z.number().multipleOf(0.5).optional(), // multiple_of
})
// #endregion constraints

// #region money
export const Price = z.string()
  .regex(/^\d+\.\d{2}$/, { error: 'Price is a decimal string like "19.99"' })
export const PriceCents = z.int().nonnegative() // or integer minor units: 1999
export const floatSurprise = 0.1 + 0.2 // 0.30000000000000004: no floats for money
// #endregion money

// #region urls
export const AnyUrl = z.url() // any scheme: "javascript:alert(1)" passes
export const WebLink = z.httpUrl() // http and https only: links you render or fetch
// #endregion urls

// #region optionality
export const Optionality = {
  required: z.object({ nickname: z.string() }),
  requiredNullable: z.object({ nickname: z.string().nullable() }), // key present
  defaulted: z.object({ nickname: z.string().default('hi') }),
  defaultNull: z.object({ nickname: z.string().nullable().default(null) }),
  optional: z.object({ nickname: z.string().optional() }), // absent, NOT null
  nullish: z.object({ nickname: z.string().nullish() }), // absent or null
}
// #endregion optionality
