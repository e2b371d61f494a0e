import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { filtersApp, oneOrMany, paginationApp } from '../../../snippets/web-api/http-and-parameters/query-params.ts'
import { captureConsole } from '../../support/capture-console.ts'

const get = async (app: typeof paginationApp, path: string) => {
  const res = await app.request(path)
  return { status: res.status, body: await res.json() }
}

describe('pagination query', () => {
  it('?page=2 → { page: 2, limit: 20 }', async () => {
    expect(await get(paginationApp, '/items?page=2')).toEqual({ status: 200, body: { page: 2, limit: 20 } })
  })

  it('no query → both defaults', async () => {
    expect(await get(paginationApp, '/items')).toEqual({ status: 200, body: { page: 1, limit: 20 } })
  })

  it('limit=500 → 422 on limit (max 100)', async () => {
    const { status, body } = await get(paginationApp, '/items?limit=500')
    expect(status).toBe(422)
    expect(body.details).toEqual([{ field: 'limit', message: expect.any(String) }])
  })

  it('?page= → 422: the empty value coerces to 0 and fails min(1)', async () => {
    expect(z.coerce.number().parse('')).toBe(0) // the trap itself
    const { status, body } = await get(paginationApp, '/items?page=')
    expect(status).toBe(422)
    expect(body.details[0].field).toBe('page')
  })

  it('a non-numeric page → 422, not NaN in the handler', async () => {
    const { status, body } = await get(paginationApp, '/items?page=two')
    expect(status).toBe(422)
    expect(body.details[0].field).toBe('page')
  })
})

describe('query gotchas', () => {
  it('z.coerce.boolean() turns "false" into true; z.stringbool() returns false', async () => {
    expect(z.coerce.boolean().parse('false')).toBe(true)
    expect(z.stringbool().parse('false')).toBe(false)
    const { body } = await get(filtersApp, '/search?naive=false&inStock=false')
    expect(body).toMatchObject({ naive: true, inStock: false })
  })

  it.each([['yes', true], ['ON', true], ['0', false], ['n', false]])('stringbool reads %s as %s', async (raw, value) => {
    expect((await get(filtersApp, `/search?inStock=${raw}`)).body.inStock).toBe(value)
  })

  it.each(['maybe', ''])('stringbool rejects %j with a 422 on inStock', async (raw) => {
    const { status, body } = await get(filtersApp, `/search?inStock=${raw}`)
    expect(status).toBe(422)
    expect(body.details[0].field).toBe('inStock')
  })

  it('?tag=a → ["a"], ?tag=a&tag=b → ["a","b"], no tag → []', async () => {
    expect((await get(filtersApp, '/search?tag=a')).body.tag).toEqual(['a'])
    expect((await get(filtersApp, '/search?tag=a&tag=b')).body.tag).toEqual(['a', 'b'])
    expect((await get(filtersApp, '/search')).body.tag).toEqual([])
  })

  it('an array schema alone rejects the single value; oneOrMany accepts both', () => {
    expect(z.array(z.string()).safeParse('a').success).toBe(false)
    expect(oneOrMany.parse('a')).toEqual(['a'])
    expect(oneOrMany.parse(['a', 'b'])).toEqual(['a', 'b'])
  })

  it('an empty tag (?tag=) is rejected, not stored as ""', async () => {
    const { status, body } = await get(filtersApp, '/search?tag=')
    expect(status).toBe(422)
    expect(body.details[0].field).toBe('tag.0')
  })
})

const PROBLEM_422 = [
  '  {"type":"about:blank","title":"Unprocessable Content","status":422,',
  '   "detail":"Request validation failed","code":"VALIDATION_ERROR",',
]

describe('query demos', () => {
  it('query-pagination.demo prints page 2, the defaults and the 422', async () => {
    const lines = await captureConsole(() => import('../../../snippets/web-api/http-and-parameters/query-pagination.demo.ts'))
    expect(lines).toEqual([
      '→ GET /items?page=2', '← 200 application/json', '  {"page":2,"limit":20}',
      '→ GET /items', '← 200 application/json', '  {"page":1,"limit":20}',
      '→ GET /items?limit=500', '← 422 application/problem+json', ...PROBLEM_422,
      '   "details":[{"field":"limit","message":"Too big: expected number to be <=100"}]}',
    ])
  })

  it('query-gotchas.demo prints each gotcha', async () => {
    const lines = await captureConsole(() => import('../../../snippets/web-api/http-and-parameters/query-gotchas.demo.ts'))
    expect(lines).toEqual([
      '→ GET /search?naive=false&inStock=false&tag=a', '← 200 application/json',
      '  {"naive":true,"inStock":false,"page":1,"tag":["a"]}',
      '→ GET /search?tag=a&tag=b', '← 200 application/json', '  {"page":1,"tag":["a","b"]}',
      '→ GET /search?page=', '← 422 application/problem+json', ...PROBLEM_422,
      '   "details":[{"field":"page","message":"Too small: expected number to be >=1"}]}',
    ])
  })
})
