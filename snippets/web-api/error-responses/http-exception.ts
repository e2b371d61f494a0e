// Hono's built-in HTTPException and how Hono renders it when the app has no error handler.
import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'

// #region http-exception
export const bareApp = new Hono() // no onError, no notFound: Hono's defaults

bareApp.get('/users/:id', () => {
  throw new HTTPException(404, { message: 'User not found' }) // rendered as text/plain
})

bareApp.get('/me', () => {
  // OAuth2 wants WWW-Authenticate on every 401: prepare the whole response.
  const headers = { 'WWW-Authenticate': 'Bearer' }
  throw new HTTPException(401, { res: new Response('Unauthorized', { status: 401, headers }) })
})
// #endregion http-exception
