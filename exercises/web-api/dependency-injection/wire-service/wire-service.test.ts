import { describe, expect, it } from 'vitest'
import { createApp, type Order, type OrderRepo } from './wire-service.ts'

function fakeRepo(orders: Record<string, Order[]>) {
  const calls: string[] = []
  const repo: OrderRepo = {
    async listFor(userId) {
      calls.push(userId)
      return orders[userId] ?? []
    },
  }
  return { repo, calls }
}
const clock = { now: () => new Date('2026-03-01T12:00:00.000Z') }

describe('createApp({ repo, clock })', () => {
  it('answers deterministic JSON from the injected repo and clock', async () => {
    const { repo } = fakeRepo({ bob: [{ id: 7, item: 'Chair' }] })
    const res = await createApp({ repo, clock }).request('/orders', { headers: { 'x-user-id': 'bob' } })
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ user: 'bob', orders: [{ id: 7, item: 'Chair' }], at: '2026-03-01T12:00:00.000Z' })
  })

  it('calls the repo exactly once per request', async () => {
    const { repo, calls } = fakeRepo({})
    const app = createApp({ repo, clock })
    await app.request('/orders', { headers: { 'x-user-id': 'bob' } })
    await app.request('/orders', { headers: { 'x-user-id': 'eve' } })
    expect(calls).toEqual(['bob', 'eve'])
  })

  it('a missing user is a 401 and the repo is never touched', async () => {
    const { repo, calls } = fakeRepo({})
    const res = await createApp({ repo, clock }).request('/orders')
    expect(res.status).toBe(401)
    expect(calls).toEqual([])
  })

  it('two apps with different fakes do not share anything', async () => {
    const a = createApp({ repo: fakeRepo({ bob: [{ id: 1, item: 'A' }] }).repo, clock })
    const b = createApp({ repo: fakeRepo({}).repo, clock })
    const init = { headers: { 'x-user-id': 'bob' } }
    expect((await (await a.request('/orders', init)).json()).orders).toHaveLength(1)
    expect((await (await b.request('/orders', init)).json()).orders).toHaveLength(0)
  })
})
