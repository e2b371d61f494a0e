// Forgetting `return` in a handler: Hono finds no Response and falls through to its 404.
import { Hono } from 'hono'

export interface Product { id: number, name: string }

/** Stands in for a database lookup: anything awaited before the response. */
export const findProduct = async (id: number): Promise<Product> => ({ id, name: 'Desk lamp' })

export const noReturnApp = new Hono()

// #region no-return
noReturnApp.get('/buggy/:id', async (c) => {
  const product = await findProduct(Number(c.req.param('id')))
  c.json(product) // built... and dropped: the client gets 404 Not Found
})

noReturnApp.get('/fixed/:id', async (c) => {
  const product = await findProduct(Number(c.req.param('id')))
  return c.json(product)
})
// #endregion no-return
