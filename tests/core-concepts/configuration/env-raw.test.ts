import { describe, expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'
import { readRaw } from '../../../snippets/core-concepts/configuration/env-raw.ts'

describe('raw process.env traps (pinned so the slide cannot drift)', () => {
  it('Boolean("false") is true, Number("") is 0, a missing key is undefined / NaN', () => {
    const raw = readRaw({ DEBUG: 'false', WORKERS: '' })
    expect(raw.debug).toBe(true)
    expect(raw.workers).toBe(0)
    expect(raw.port).toBeNaN()
    expect(raw.apiKey).toBeUndefined()
  })

  it('the demo prints each trap', async () => {
    const lines = await captureConsole(() => import('../../../snippets/core-concepts/configuration/env-raw.demo.ts'))
    expect(lines).toEqual(['debug   = true', 'workers = 0', 'port    = NaN', 'apiKey  = undefined'])
  })
})
