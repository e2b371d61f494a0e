import { describe, expect, it } from 'vitest'
import { searchApp } from './search.ts'

const V = { 'X-Client-Version': '2.1.0' }
const get = async (query: string, headers: Record<string, string> = V) => {
  const res = await searchApp.request(`/search${query}`, { headers })
  return { status: res.status, body: await res.json() }
}
const fields = (body: { details?: { field: string | null }[] }) => (body.details ?? []).map(d => d.field)

describe('GET /search', () => {
  it('coerces numbers and fills the defaults', async () => {
    const { status, body } = await get('?q=lamp&minPrice=9.5')
    expect(status).toBe(200)
    expect(body).toEqual({ q: 'lamp', tags: [], minPrice: 9.5, page: 1, limit: 20, clientVersion: '2.1.0' })
  })

  it('page and limit are numbers', async () => {
    expect((await get('?q=lamp&page=3&limit=50')).body).toMatchObject({ page: 3, limit: 50 })
  })

  it('tags: one → ["a"], many → ["a","b"]', async () => {
    expect((await get('?q=x&tags=a')).body.tags).toEqual(['a'])
    expect((await get('?q=x&tags=a&tags=b')).body.tags).toEqual(['a', 'b'])
  })

  it('inStock=false is false, inStock=yes is true, inStock=maybe is a 422', async () => {
    expect((await get('?q=x&inStock=false')).body.inStock).toBe(false)
    expect((await get('?q=x&inStock=yes')).body.inStock).toBe(true)
    const bad = await get('?q=x&inStock=maybe')
    expect(bad.status).toBe(422)
    expect(fields(bad.body)).toEqual(['inStock'])
  })

  it('limit=101 is a 422 on limit', async () => {
    const { status, body } = await get('?q=x&limit=101')
    expect(status).toBe(422)
    expect(fields(body)).toEqual(['limit'])
  })

  it('a negative minPrice and an empty page are 422s', async () => {
    expect(fields((await get('?q=x&minPrice=-1')).body)).toEqual(['minPrice'])
    expect(fields((await get('?q=x&page=')).body)).toEqual(['page'])
  })

  it('an empty or missing q is a 422 on q', async () => {
    expect(fields((await get('?q=')).body)).toEqual(['q'])
    const missing = await get('')
    expect(missing.status).toBe(422)
    expect(fields(missing.body)).toEqual(['q'])
    expect(fields((await get(`?q=${'x'.repeat(101)}`)).body)).toEqual(['q'])
  })

  it('a missing X-Client-Version header is a 422 naming it', async () => {
    const { status, body } = await get('?q=x', {})
    expect(status).toBe(422)
    expect(fields(body)).toEqual(['x-client-version'])
  })
})
