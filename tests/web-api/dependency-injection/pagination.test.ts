import { describe, expect, it } from 'vitest'
import { CommonParams, commonParams, itemsApp } from '../../../snippets/web-api/dependency-injection/pagination.ts'
import { captureConsole } from '../../support/capture-console.ts'

const json = { 'content-type': 'application/json' }

describe('reusable pagination validator', () => {
  it('GET /items?page=3 → { page: 3, limit: 20 }', async () => {
    expect(await (await itemsApp.request('/items?page=3')).json()).toEqual({ page: 3, limit: 20 })
  })

  it('the same constant serves another route', async () => {
    expect(await (await itemsApp.request('/orders?limit=5')).json()).toEqual({ orders: [], page: 1, limit: 5 })
  })

  it('bad values are a 422 on every route that uses it', async () => {
    for (const path of ['/items?page=0', '/orders?limit=101', '/items?page=x']) {
      const res = await itemsApp.request(path)
      expect(res.status).toBe(422)
    }
  })
})

describe('CommonParams', () => {
  it('defaults are { q: undefined, skip: 0, limit: 10 }', () => {
    expect(commonParams.parse({})).toEqual({ skip: 0, limit: 10 })
    expect(commonParams.parse({}).q).toBeUndefined()
  })

  it('the class built from the parsed value pages a list', async () => {
    const res = await itemsApp.request('/search?q=lamp&skip=20')
    expect(await res.json()).toEqual({ q: 'lamp', skip: 20, limit: 10, items: ['item-21', 'item-22', 'item-23', 'item-24', 'item-25'] })
    expect(new CommonParams({ skip: 1, limit: 2 }).page(['a', 'b', 'c', 'd'])).toEqual(['b', 'c'])
  })

  it('a negative skip is a 422', async () => {
    const res = await itemsApp.request('/search?skip=-1')
    expect(res.status).toBe(422)
    expect((await res.json()).details[0].field).toBe('skip')
  })
})

describe('same schema, different target', () => {
  const init = { method: 'POST', headers: json, body: '{"page":5}' }

  it('the query route ignores a JSON body', async () => {
    const res = await itemsApp.request('/from-query?page=3', init)
    expect(await res.json()).toEqual({ source: 'query', page: 3, limit: 20 })
  })

  it('the body route ignores the query string', async () => {
    const res = await itemsApp.request('/from-body?page=3', init)
    expect(await res.json()).toEqual({ source: 'body', page: 5, limit: 20 })
  })

  it('the body route rejects an invalid or missing body', async () => {
    const invalid = await itemsApp.request('/from-body', { ...init, body: '{"page":"x"}' })
    expect(invalid.status).toBe(422)
    expect((await invalid.json()).details[0].field).toBe('page')
    const nullBody = await itemsApp.request('/from-body', { ...init, body: 'null' })
    expect(nullBody.status).toBe(422)
    const noBody = await itemsApp.request('/from-body', { method: 'POST' }) // no body, no JSON type
    expect(noBody.status).toBe(415)
  })
})

describe('pagination demos', () => {
  it('pagination.demo prints page 3, limit 5 and the CommonParams page', async () => {
    const lines = await captureConsole(() => import('../../../snippets/web-api/dependency-injection/pagination.demo.ts'))
    expect(lines).toEqual([
      '→ GET /items?page=3', '← 200 application/json', '  {"page":3,"limit":20}',
      '→ GET /orders?limit=5', '← 200 application/json', '  {"orders":[],"page":1,"limit":5}',
      '→ GET /search?q=lamp&skip=20', '← 200 application/json', '  {"q":"lamp","skip":20,"limit":10,',
      '   "items":["item-21","item-22","item-23","item-24","item-25"]}',
    ])
  })

  it('query-vs-body.demo shows each route reading only its own source', async () => {
    const lines = await captureConsole(() => import('../../../snippets/web-api/dependency-injection/query-vs-body.demo.ts'))
    expect(lines).toEqual([
      '→ POST /from-query?page=3', '  content-type: application/json', '  {"page":5}',
      '← 200 application/json', '  {"source":"query","page":3,"limit":20}',
      '→ POST /from-body?page=3', '  content-type: application/json', '  {"page":5}',
      '← 200 application/json', '  {"source":"body","page":5,"limit":20}',
    ])
  })
})
