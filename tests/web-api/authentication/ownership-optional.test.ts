import { describe, expect, it } from 'vitest'
import type { Post } from '../../../snippets/web-api/authentication/ownership-optional.ts'
import { createPostsApp } from '../../../snippets/web-api/authentication/ownership-optional.ts'
import { bearer, testTokens, testUsers } from '../../../snippets/web-api/authentication/fixtures.ts'
import { signAccess } from '../../../snippets/web-api/authentication/jwt.ts'

const tokens = testTokens()
const posts = () => new Map<number, Post>([
  [1, { id: 1, authorId: 'u1', title: 'Hello', likedBy: ['u1'] }],
  [2, { id: 2, authorId: 'u2', title: 'Admin notes', likedBy: [] }],
])
const app = () => createPostsApp({ tokens, users: testUsers() }, posts())
const as = async (sub: string) => bearer(await signAccess(tokens, sub))
const put = async (path: string, sub: string) => app().request(path, { method: 'PUT', ...(await as(sub)) })

describe('optional authentication', () => {
  it('anonymous /posts/1: 200 without is_liked', async () => {
    const res = await app().request('/posts/1')
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ id: 1, title: 'Hello' })
  })

  it('with a valid token: is_liked is included', async () => {
    expect(await (await app().request('/posts/1', await as('u1'))).json()).toEqual({ id: 1, title: 'Hello', is_liked: true })
    expect(await (await app().request('/posts/1', await as('u2'))).json()).toEqual({ id: 1, title: 'Hello', is_liked: false })
  })

  it('with an invalid token: treated as anonymous, not 401', async () => {
    const res = await app().request('/posts/1', bearer('not.a.token'))
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ id: 1, title: 'Hello' })
  })

  it('/public-feed is reachable anonymously', async () => {
    const res = await app().request('/public-feed')
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual([{ id: 1, title: 'Hello' }, { id: 2, title: 'Admin notes' }])
  })
})

describe('resource ownership on PUT /posts/:id', () => {
  it('owner 200, other user 403 "Not your resource", admin 200, missing post 404', async () => {
    expect((await put('/posts/1', 'u1')).status).toBe(200) // alice owns post 1
    const other = await put('/posts/2', 'u1') // post 2 belongs to u2
    expect(other.status).toBe(403)
    expect((await other.json()).detail).toBe('Not your resource')
    expect((await put('/posts/1', 'u2')).status).toBe(200) // u2 is an admin
    expect((await put('/posts/99', 'u1')).status).toBe(404)
  })

  it('requires a token: anonymous PUT is 401', async () => {
    expect((await app().request('/posts/1', { method: 'PUT' })).status).toBe(401)
  })
})
