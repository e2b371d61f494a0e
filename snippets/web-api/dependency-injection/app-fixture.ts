// A vitest fixture: every test gets its own fakes and its own app, built by createApp.
// Nothing global is mutated, so nothing needs resetting and tests may run in parallel.
import { test as base, expect } from 'vitest'
import { createApp, type Deps, inMemoryUserRepo, testDeps } from './container.ts'

// #region fixture
export const test = base.extend<{ deps: Deps, app: ReturnType<typeof createApp> }>({
  deps: async ({}, use) => { await use(testDeps({ userRepo: inMemoryUserRepo() })) },
  app: async ({ deps }, use) => { await use(createApp(deps)) },
})

test('POST /users stamps the injected clock', async ({ app }) => {
  const res = await app.request('/users', {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name":"ada"}',
  })
  expect(await res.json()).toMatchObject({ name: 'ada', createdAt: '2026-01-01T09:00:00.000Z' })
})
// #endregion fixture
