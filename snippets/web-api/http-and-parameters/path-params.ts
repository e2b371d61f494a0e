// Path parameters: raw strings, coerced and validated numbers, and a regex-constrained route.
import { zValidator } from '@hono/zod-validator'
import { Hono } from 'hono'
import { z } from 'zod'
import { useProblemDetails } from '../error-responses/error-handler.ts'
import { validationHook } from '../validation/validation-hook.ts'

// #region path-raw
export const rawPathApp = new Hono()

rawPathApp.get('/users/:userId/products/:productId', (c) => {
  const { userId, productId } = c.req.param() // always strings: the URL has no types
  return c.json({ userId, productId, type: typeof userId })
})
// #endregion path-raw

// #region path-typed
export const productIds = z.object({
  userId: z.coerce.number().int().positive(),
  productId: z.coerce.number().int().positive(),
})

export const typedPathApp = useProblemDetails(new Hono()) // errors → problem+json

typedPathApp.get('/users/:userId/products/:productId',
  zValidator('param', productIds, validationHook),
  (c) => {
    const { userId, productId } = c.req.valid('param') // numbers now
    return c.json({ userId, productId, type: typeof userId })
  })
// #endregion path-typed

// #region path-regex
export const regexPathApp = new Hono()

// Only digits match this route: "abc" never reaches a handler, the client gets 404.
regexPathApp.get('/users/:userId{[0-9]+}', c =>
  c.json({ userId: Number(c.req.param('userId')) }))
// #endregion path-regex
