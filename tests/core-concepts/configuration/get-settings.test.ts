import { describe, expect, it, vi } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'
import { AppSettings } from '../../../snippets/core-concepts/configuration/complete.ts'
import { createApp, once } from '../../../snippets/core-concepts/configuration/get-settings.ts'
import { loadSettings } from '../../../snippets/core-concepts/configuration/merge-sources.ts'

const required = { DATABASE__URL: 'postgresql://test@localhost/test_db', AUTH__SECRET_KEY: 'test-secret-key-of-32-characters!' }
const settingsWith = (overrides: Record<string, string>) => loadSettings(AppSettings, { overrides: { ...required, ...overrides }, env: {} })

describe('load once, inject into the app factory', () => {
  it('the loader runs once across 100 accessor calls', () => {
    const load = vi.fn(() => settingsWith({}))
    const getSettings = once(load)
    const results = Array.from({ length: 100 }, () => getSettings())
    expect(load).toHaveBeenCalledTimes(1)
    expect(new Set(results).size).toBe(1)
  })

  it('a failed load is not cached: the next call tries again', () => {
    const load = vi.fn().mockImplementationOnce(() => {
      throw new Error('missing')
    }).mockReturnValue('ok')
    const get = once<string>(load)
    expect(() => get()).toThrow('missing')
    expect(get()).toBe('ok')
    expect(get()).toBe('ok')
    expect(load).toHaveBeenCalledTimes(2)
  })

  it('an app built with test settings returns them from /info; two apps coexist', async () => {
    const devApp = createApp({ settings: settingsWith({ DEBUG: 'true' }) })
    const prodApp = createApp({ settings: settingsWith({ ENVIRONMENT: 'production' }) })
    expect(await (await devApp.request('/info')).json()).toEqual({ environment: 'development', debug: true })
    expect(await (await prodApp.request('/info')).json()).toEqual({ environment: 'production', debug: false })
    expect(await (await devApp.request('/info')).json()).toEqual({ environment: 'development', debug: true })
  })

  it('the demo prints /info of both apps', async () => {
    const lines = await captureConsole(() => import('../../../snippets/core-concepts/configuration/get-settings.demo.ts'))
    expect(lines).toEqual([
      'GET /info -> {"environment":"development","debug":true}',
      'GET /info -> {"environment":"production","debug":false}',
    ])
  })
})
