// Production patterns: one schema per operation, composition from a base, PATCH that tells
// "absent" from "null", a generic page wrapper, and a strict API base for every request.
import { z } from '@hono/zod-openapi'

// #region api-base
const trim = (v: unknown) => (typeof v === 'string' ? v.trim() : v)
const trimStrings = (raw: unknown) => (raw && typeof raw === 'object' && !Array.isArray(raw)
  ? Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, trim(v)]))
  : raw)

/** The guide's APIModel base: unknown keys are refused, string values arrive trimmed. */
export const apiObject = <S extends z.core.$ZodLooseShape>(shape: S) =>
  z.preprocess(trimStrings, z.strictObject(shape))
// #endregion api-base

// #region per-operation
export const UserCreate = apiObject({ // what a client may send
  name: z.string().min(1), email: z.email(), password: z.string().min(12),
})
export const UserUpdate = apiObject({ // every field optional
  name: z.string().min(1).optional(), email: z.email().optional(),
})
export const UserResponse = z.object({ // what clients get: no password; server-made fields
  id: z.uuid(), name: z.string(), email: z.email(), created_at: z.iso.datetime(),
})
// #endregion per-operation

// #region composition
export const ProductBase = z.object({
  name: z.string().min(1).max(200),
  description: z.string().max(2000).nullable().optional(),
  price: z.number().positive(),
  category_id: z.int().positive(),
})
export const ProductCreate = apiObject(ProductBase.shape).openapi('ProductCreate')
export const ProductUpdate = apiObject(ProductBase.partial().shape) // constraints kept
  .openapi('ProductUpdate')
export const ProductResponse = ProductBase.extend({
  id: z.int(), created_at: z.iso.datetime(), updated_at: z.iso.datetime(),
}).openapi('ProductResponse')
export type Product = z.infer<typeof ProductResponse>
// #endregion composition

// #region patch
type Patch = z.infer<typeof ProductUpdate>
/** The parsed patch holds only the keys the client sent: absent = untouched, null = cleared. */
export function applyPatch(product: Product, patch: Patch, now: string): Product {
  const sent = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined))
  return ProductResponse.parse({ ...product, ...sent, updated_at: now }) // re-validate
}
// #endregion patch

// #region paginated
export const paginated = <T extends z.ZodType>(item: T) => z.object({
  items: z.array(item),
  total: z.int().nonnegative(),
  page: z.int().min(1),
  page_size: z.int().min(1).max(100).default(20),
  total_pages: z.int().nonnegative(),
})
export const ProductPage = paginated(ProductResponse).openapi('ProductPage')
// #endregion paginated
