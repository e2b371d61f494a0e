// Five FastAPI signatures, translated into Hono routes: one validator target + one zod modifier each.
import { zValidator } from '@hono/zod-validator'
import { Hono } from 'hono'
import { z } from 'zod'
import { useProblemDetails } from '../../../../../snippets/web-api/error-responses/error-handler.ts'
import { validationHook } from '../../../../../snippets/web-api/validation/validation-hook.ts'

export const translatorApp = useProblemDetails(new Hono())

// 1. @app.get("/items/{item_id}")  def read_item(item_id: int)        → { itemId: number }
translatorApp.get('/items/:itemId',
  zValidator('param', z.object({ itemId: z.coerce.number().int() }), validationHook),
  c => c.json({ itemId: c.req.valid('param').itemId }))

// 2. @app.get("/products")  def list_products(page: int = 1)           → { page: number }
translatorApp.get('/products',
  zValidator('query', z.object({ page: z.coerce.number().int().min(1).default(1) }), validationHook),
  c => c.json({ page: c.req.valid('query').page }))

// 3. @app.get("/me")  def me(x_token: str = Header(...))                → { token: string }
translatorApp.get('/me',
  zValidator('header', z.object({ 'x-token': z.string().min(1) }), validationHook),
  c => c.json({ token: c.req.valid('header')['x-token'] }))

// 4. @app.post("/users")  def create_user(user: User = Body(embed=True)), User = { name: str }
//    → 201 { name: string }
translatorApp.post('/users',
  zValidator('json', z.object({ user: z.object({ name: z.string().min(1) }) }), validationHook),
  c => c.json({ name: c.req.valid('json').user.name }, 201))

// 5. @app.get("/prefs")  def prefs(theme: str = Cookie(...))           → { theme: string }
translatorApp.get('/prefs',
  zValidator('cookie', z.object({ theme: z.string().min(1) }), validationHook),
  c => c.json({ theme: c.req.valid('cookie').theme }))
