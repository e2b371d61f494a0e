// Requests against the products app, good and bad, with the answer each must get. Shared by the
// in-process test (products-app.test.ts) and the real-socket equivalence test (listen.test.ts).
import { MAX_BODY_BYTES } from '../../../snippets/web-api/http-and-parameters/products-app.ts'

export interface Case {
  name: string
  path: string
  init?: RequestInit
  status: number
  /** `code` of the error body; absent for successful answers. */
  code?: string
  /** `details[0].field` of a validation error (null = the whole body). */
  field?: string | null
}

const JSON_TYPE = { 'content-type': 'application/json' }
const AUTH = { authorization: 'Bearer abc123', ...JSON_TYPE }
const post = (path: string, body: string, headers: Record<string, string> = JSON_TYPE): RequestInit =>
  ({ method: 'POST', headers, body })
const put = (body: string, headers: Record<string, string> = AUTH): RequestInit => ({ method: 'PUT', headers, body })
const product = JSON.stringify({ name: 'Desk lamp', price: 25 })
const oversized = JSON.stringify({ name: 'x'.repeat(MAX_BODY_BYTES), price: 1 })
const truncated = '{"name": "Desk lamp",'

export const goodCases: Case[] = [
  { name: 'typed path', path: '/users/42/products/7', status: 200 },
  { name: 'pagination defaults', path: '/items', status: 200 },
  { name: 'search with one tag', path: '/search?tag=a&inStock=no', status: 200 },
  { name: 'header', path: '/whoami', init: { headers: { 'X-Custom-Token': 'abc' } }, status: 200 },
  { name: 'cookie', path: '/me', init: { headers: { cookie: 'session=s1' } }, status: 200 },
  { name: 'create product', path: '/products', init: post('/products', product), status: 201 },
  { name: 'create product, unknown keys stripped', path: '/products', init: post('/products', JSON.stringify({ name: 'a', price: 1, role: 'admin' })), status: 201 },
  { name: 'two-part body', path: '/orders', init: post('/orders', JSON.stringify({ user: { name: 'ada' }, item: { title: 'lamp' } })), status: 201 },
  { name: 'every source', path: '/users/42/items/7?q=blue', init: put(product), status: 200 },
]

export const badCases: Case[] = [
  // wrong types
  { name: 'path id not a number', path: '/users/abc/products/7', status: 422, code: 'VALIDATION_ERROR', field: 'userId' },
  { name: 'path id negative', path: '/users/1/products/-5', status: 422, code: 'VALIDATION_ERROR', field: 'productId' },
  { name: 'page not a number', path: '/items?page=abc', status: 422, code: 'VALIDATION_ERROR', field: 'page' },
  { name: 'limit over max', path: '/items?limit=101', status: 422, code: 'VALIDATION_ERROR', field: 'limit' },
  { name: 'empty page', path: '/items?page=', status: 422, code: 'VALIDATION_ERROR', field: 'page' },
  { name: 'boolean not a boolean', path: '/search?inStock=maybe', status: 422, code: 'VALIDATION_ERROR', field: 'inStock' },
  { name: 'empty tag', path: '/search?tag=', status: 422, code: 'VALIDATION_ERROR', field: 'tag.0' },
  { name: 'body field types', path: '/products', init: post('/products', JSON.stringify({ name: 42, price: '25' })), status: 422, code: 'VALIDATION_ERROR', field: 'name' },
  { name: 'body is an array', path: '/products', init: post('/products', '[]'), status: 422, code: 'VALIDATION_ERROR', field: null },
  { name: 'body is null', path: '/orders', init: post('/orders', 'null'), status: 422, code: 'VALIDATION_ERROR', field: null },
  { name: 'item id not a number', path: '/users/42/items/lamp', init: put(product), status: 422, code: 'VALIDATION_ERROR', field: 'itemId' },
  // missing fields
  { name: 'required header missing', path: '/whoami', status: 422, code: 'VALIDATION_ERROR', field: 'x-custom-token' },
  { name: 'optional header too long', path: '/whoami', init: { headers: { 'x-custom-token': 't', 'x-request-id': 'r'.repeat(65) } }, status: 422, code: 'VALIDATION_ERROR', field: 'x-request-id' },
  { name: 'required cookie missing', path: '/me', init: { headers: { cookie: 'theme=dark' } }, status: 422, code: 'VALIDATION_ERROR', field: 'session' },
  { name: 'empty body object', path: '/products', init: post('/products', '{}'), status: 422, code: 'VALIDATION_ERROR', field: 'name' },
  { name: 'flat instead of two parts', path: '/orders', init: post('/orders', product), status: 422, code: 'VALIDATION_ERROR', field: 'user' },
  { name: 'embed wrapper missing', path: '/users', init: post('/users', JSON.stringify({ name: 'ada' })), status: 422, code: 'VALIDATION_ERROR', field: 'user' },
  { name: 'authorization missing', path: '/users/42/items/7', init: put(product, JSON_TYPE), status: 422, code: 'VALIDATION_ERROR', field: 'authorization' },
  // malformed JSON
  { name: 'malformed JSON, create', path: '/products', init: post('/products', truncated), status: 400, code: 'HTTP_400' },
  { name: 'malformed JSON, two parts', path: '/orders', init: post('/orders', '{"user":'), status: 400, code: 'HTTP_400' },
  { name: 'malformed JSON, every source', path: '/users/42/items/7', init: put('{{'), status: 400, code: 'HTTP_400' },
  // wrong content type: the shared hook answers 415 instead of blaming the fields
  { name: 'text/plain body, create', path: '/products', init: post('/products', product, { 'content-type': 'text/plain' }), status: 415, code: 'HTTP_415' },
  { name: 'form body, two parts', path: '/orders', init: post('/orders', 'user=ada', { 'content-type': 'application/x-www-form-urlencoded' }), status: 415, code: 'HTTP_415' },
  { name: 'no JSON type, every source', path: '/users/42/items/7', init: put(product, { authorization: 'Bearer abc123' }), status: 415, code: 'HTTP_415' },
  // oversized bodies
  { name: 'oversized, create', path: '/products', init: post('/products', oversized), status: 413, code: 'HTTP_413' },
  { name: 'oversized, embed', path: '/users', init: post('/users', oversized), status: 413, code: 'HTTP_413' },
  { name: 'oversized, every source', path: '/users/42/items/7', init: put(oversized), status: 413, code: 'HTTP_413' },
  // no such route
  { name: 'unknown path', path: '/nope', status: 404, code: 'NOT_FOUND' },
  { name: 'user without a product', path: '/users/abc', status: 404, code: 'NOT_FOUND' },
]
