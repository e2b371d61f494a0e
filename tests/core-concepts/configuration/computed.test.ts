import { describe, expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'
import { docsRoutes, ProfileSettings } from '../../../snippets/core-concepts/configuration/computed.ts'

describe('derived values', () => {
  it.each([['development', false, true], ['staging', false, false], ['production', true, false]])('%s: isProduction=%s isDevelopment=%s', (environment, isProduction, isDevelopment) => {
    expect(ProfileSettings.parse({ environment })).toEqual({ environment, isProduction, isDevelopment })
  })

  it('an unknown environment is rejected', () => {
    expect(ProfileSettings.safeParse({ environment: 'prod' }).success).toBe(false)
  })

  it('/docs responds 404 in production and 200 in development', async () => {
    expect((await docsRoutes(ProfileSettings.parse({ environment: 'production' })).request('/docs')).status).toBe(404)
    const dev = await docsRoutes(ProfileSettings.parse({})).request('/docs')
    expect(dev.status).toBe(200)
    expect(await dev.text()).toContain('API docs')
  })

  it('the demo prints the docs status per environment', async () => {
    const lines = await captureConsole(() => import('../../../snippets/core-concepts/configuration/computed.demo.ts'))
    expect(lines).toEqual([
      'development: isProduction=false, /docs -> 200',
      'staging: isProduction=false, /docs -> 200',
      'production: isProduction=true, /docs -> 404',
    ])
  })
})
