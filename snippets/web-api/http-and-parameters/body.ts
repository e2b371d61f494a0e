// The JSON body: one payload per request, validated by the `json` target.
import { zValidator } from '@hono/zod-validator'
import { Hono } from 'hono'
import { z } from 'zod'
import { useProblemDetails } from '../error-responses/error-handler.ts'
import { validationHook } from '../validation/validation-hook.ts'

// #region body-create
export const newProduct = z.object({
  name: z.string().min(1).max(100),
  price: z.number().positive(),
  tags: z.array(z.string().min(1)).max(10).default([]),
})

export const bodyApp = useProblemDetails(new Hono())

bodyApp.post('/products', zValidator('json', newProduct, validationHook), (c) => {
  const product = c.req.valid('json') // typed; unknown keys already stripped
  return c.json({ id: 1, ...product }, 201, { location: '/products/1' })
})
// #endregion body-create

// #region body-content-type
// What the json validator hands on: the parsed body, or {} (no error!) when the
// Content-Type is not JSON. A real schema then reports the sent fields "missing".
export const seenApp = new Hono()

seenApp.post('/seen', zValidator('json', z.looseObject({})), c =>
  c.json({ seen: c.req.valid('json') }))

// The section's validationHook (used by /products) checks the media type first: 415.
// #endregion body-content-type

// FastAPI's `def create(user: User, item: Item)` expects { "user": {...}, "item": {...} }.
// Hono has one body: write that outer object yourself.
// #region multi-body
export const userAndItem = z.object({
  user: z.object({ name: z.string().min(1) }),
  item: z.object({ title: z.string().min(1) }),
})

bodyApp.post('/orders', zValidator('json', userAndItem, validationHook), (c) => {
  const { user, item } = c.req.valid('json')
  return c.json({ owner: user.name, title: item.title }, 201)
})
// #endregion multi-body

// FastAPI's `Body(embed=True)`: a single model, wrapped under its name.
// #region embed
export const embeddedUser = z.object({ user: z.object({ name: z.string().min(1) }) })

bodyApp.post('/users', zValidator('json', embeddedUser, validationHook), c =>
  c.json({ name: c.req.valid('json').user.name }, 201))
// #endregion embed
