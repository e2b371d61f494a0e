import { describe, expect, it } from 'vitest'
import type { ErrorReport } from '../../../snippets/web-api/error-responses/error-handler.ts'
import { createHierarchyApp, type Db } from '../../../snippets/web-api/dependency-injection/hierarchy.ts'
import { captureConsole } from '../../support/capture-console.ts'

function setup() {
  const steps: string[] = []
  const reports: ErrorReport[] = []
  const seenDb: Db[] = []
  const db: Db = {
    async findUser(id) {
      seenDb.push(db)
      return id === '7' ? { id, name: 'alice' } : undefined
    },
  }
  const app = createHierarchyApp(db, step => steps.push(step), { report: r => reports.push(r), newErrorId: () => 'ref-1' })
  return { app, steps, reports, seenDb, db }
}

describe('db → user → handler', () => {
  it('runs in the written order and the user middleware sees the db value', async () => {
    const { app, steps, seenDb, db } = setup()
    const res = await app.request('/me', { headers: { 'x-user-id': '7' } })
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ id: '7', name: 'alice' })
    expect(steps).toEqual(['db', 'user', 'handler'])
    expect(seenDb).toEqual([db])
  })

  it('an unknown user stops the chain with 401 before the handler', async () => {
    const { app, steps } = setup()
    const res = await app.request('/me', { headers: { 'x-user-id': '8' } })
    expect(res.status).toBe(401)
    expect(res.headers.get('www-authenticate')).toBe('Bearer')
    expect(steps).toEqual(['db', 'user'])
  })

  it('swapped order compiles, then the guard throws: a 500 whose log names the missing dependency', async () => {
    const { app, steps, reports } = setup()
    const res = await app.request('/me-swapped', { headers: { 'x-user-id': '7' } })
    expect(res.status).toBe(500)
    expect(steps).toEqual(['user'])
    expect(reports).toHaveLength(1)
    expect(reports[0]!.err?.message).toBe('currentUser needs "db", which no earlier middleware set: check the chain order')
    const body = await res.json() // the client gets a reference, not internals
    expect(body).toMatchObject({ code: 'INTERNAL_ERROR', detail: 'An unexpected error occurred. Reference: ref-1' })
  })
})

describe('hierarchy.demo', () => {
  it('prints the user and the order', async () => {
    const lines = await captureConsole(() => import('../../../snippets/web-api/dependency-injection/hierarchy.demo.ts'))
    expect(lines).toEqual(['200 {"id":"7","name":"alice"}', 'order: db → user → handler'])
  })
})
