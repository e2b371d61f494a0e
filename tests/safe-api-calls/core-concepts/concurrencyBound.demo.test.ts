import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('shows retries through the limiter inside the bound and bypassing retries above it', async () => {
  const lines = await captureConsole(() => import('../../../snippets/safe-api-calls/core-concepts/concurrencyBound.demo.ts'))
  expect(lines).toEqual([
    'bound: burst + rate x timeout = 15',
    'retries through-limiter -> max in flight 14',
    'retries bypass-limiter  -> max in flight 24',
  ])
})
