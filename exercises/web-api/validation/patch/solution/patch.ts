// PATCH /products/1 without surprises (see README.md). The app is done; ProductUpdate and
// applyPatch are yours.
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { z } from 'zod'
import { useProblemDetails } from '../../../../../snippets/web-api/error-responses/error-handler.ts'
import { validate } from '../../../../../snippets/web-api/validation/validation-hook.ts'

export const Product = z.object({
  id: z.int(),
  name: z.string().trim().min(1).max(100),
  description: z.string().max(500).nullable(), // nullable column
  price: z.number().positive(), // NOT nullable
  discount: z.number().min(0).max(100).nullable(), // nullable column
})
export type Product = z.infer<typeof Product>

export const ProductUpdate = z.strictObject(Product.omit({ id: true }).shape).partial()

export function applyPatch(product: Product, patch: z.infer<typeof ProductUpdate>): Product {
  const sent = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined))
  return Product.parse({ ...product, ...sent }) // re-validate the merge
}

export function createPatchApp() {
  let stored: Product = { id: 1, name: 'Pen', description: 'Blue ink', price: 2.5, discount: null }
  const app = new Hono().use(bodyLimit({ maxSize: 16 * 1024 }))
  app.get('/products/1', c => c.json(stored))
  app.patch('/products/1', validate('json', ProductUpdate), (c) => {
    stored = applyPatch(stored, c.req.valid('json'))
    return c.json(stored)
  })
  return useProblemDetails(app)
}
