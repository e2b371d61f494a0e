// The in-process test style every deck of the section uses: build the app, call app.request(),
// assert on the standard Response. No port, no server; this file runs under vitest.
import { expect, test } from 'vitest'
import { createProductsApp } from './products-app.ts'

// #region request-tests
test('GET /items fills in the defaults', async () => {
  const res = await createProductsApp().request('/items?page=2')
  expect(res.status).toBe(200)
  expect(await res.json()).toEqual({ page: 2, limit: 20 })
})

test('a non-numeric id is a 422 that names the field', async () => {
  const res = await createProductsApp().request('/users/abc/products/7')
  expect(res.status).toBe(422)
  expect(await res.json()).toMatchObject({ details: [{ field: 'userId' }] })
})
// #endregion request-tests
