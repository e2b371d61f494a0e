// Five FastAPI signatures, translated into Hono routes: one validator target + one zod modifier each.
import { Hono } from 'hono'
import { useProblemDetails } from '../../../../snippets/web-api/error-responses/error-handler.ts'

export const translatorApp = useProblemDetails(new Hono())

// 1. @app.get("/items/{item_id}")  def read_item(item_id: int)        → { itemId: number }
// TODO: validate the path parameter
translatorApp.get('/items/:itemId', c => c.json({ todo: 'itemId' }, 501))

// 2. @app.get("/products")  def list_products(page: int = 1)           → { page: number }
// TODO: an optional query parameter with a default
translatorApp.get('/products', c => c.json({ todo: 'page' }, 501))

// 3. @app.get("/me")  def me(x_token: str = Header(...))                → { token: string }
// TODO: a required header (FastAPI sends x_token as the header x-token)
translatorApp.get('/me', c => c.json({ todo: 'token' }, 501))

// 4. @app.post("/users")  def create_user(user: User = Body(embed=True)), User = { name: str }
//    → 201 { name: string }
// TODO: an embedded body
translatorApp.post('/users', c => c.json({ todo: 'user' }, 501))

// 5. @app.get("/prefs")  def prefs(theme: str = Cookie(...))           → { theme: string }
// TODO: a required cookie
translatorApp.get('/prefs', c => c.json({ todo: 'theme' }, 501))
