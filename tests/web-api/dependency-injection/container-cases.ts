// Requests against the DI deck's main app (createApp(testDeps())), in the order they are sent:
// shared by the in-process test and the real-socket equivalence test.
export interface Case {
  name: string
  path: string
  init?: RequestInit
  status: number
  code?: string
  field?: string | null
}

const JSON_TYPE = { 'content-type': 'application/json' }
const post = (body: string, headers: Record<string, string> = JSON_TYPE): RequestInit => ({ method: 'POST', headers, body })

export const cases: Case[] = [
  { name: 'health', path: '/health', status: 200 },
  { name: 'seeded user', path: '/users/1', status: 200 },
  { name: 'create user', path: '/users', init: post('{"name":"ada"}'), status: 201 },
  { name: 'the created user', path: '/users/2', status: 200 },
  { name: 'name is trimmed', path: '/users', init: post('{"name":"  grace  "}'), status: 201 },
  // bad input
  { name: 'id not a number', path: '/users/abc', status: 422, code: 'VALIDATION_ERROR', field: 'id' },
  { name: 'id zero', path: '/users/0', status: 422, code: 'VALIDATION_ERROR', field: 'id' },
  { name: 'no such user', path: '/users/999', status: 404, code: 'NOT_FOUND' },
  { name: 'name wrong type', path: '/users', init: post('{"name":42}'), status: 422, code: 'VALIDATION_ERROR', field: 'name' },
  { name: 'name missing', path: '/users', init: post('{}'), status: 422, code: 'VALIDATION_ERROR', field: 'name' },
  { name: 'name blank', path: '/users', init: post('{"name":"   "}'), status: 422, code: 'VALIDATION_ERROR', field: 'name' },
  { name: 'name too long', path: '/users', init: post(JSON.stringify({ name: 'x'.repeat(51) })), status: 422, code: 'VALIDATION_ERROR', field: 'name' },
  { name: 'unknown field (strict body)', path: '/users', init: post('{"name":"eve","role":"admin"}'), status: 422, code: 'VALIDATION_ERROR', field: 'role' },
  { name: 'body is an array', path: '/users', init: post('["ada"]'), status: 422, code: 'VALIDATION_ERROR', field: null },
  { name: 'malformed JSON', path: '/users', init: post('{"name":'), status: 400, code: 'HTTP_400' },
  { name: 'text/plain body', path: '/users', init: post('{"name":"ada"}', { 'content-type': 'text/plain' }), status: 415, code: 'HTTP_415' },
  { name: 'form body', path: '/users', init: post('name=ada', { 'content-type': 'application/x-www-form-urlencoded' }), status: 415, code: 'HTTP_415' },
  { name: 'oversized body', path: '/users', init: post(JSON.stringify({ name: 'x'.repeat(9000) })), status: 413, code: 'HTTP_413' },
  { name: 'unknown route', path: '/nope', status: 404, code: 'NOT_FOUND' },
  { name: 'wrong method', path: '/health', init: { method: 'DELETE' }, status: 404, code: 'NOT_FOUND' },
]
