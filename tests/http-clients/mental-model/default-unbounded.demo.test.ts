import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('plain fetch: 50 concurrent calls, 50 connections', async () => {
  const lines = await captureConsole(() => import('../../../snippets/http-clients/mental-model/default-unbounded.demo.ts'))
  expect(lines).toEqual([
    '50 answers',
    'connections the server saw: 50, at most 50 requests at once',
  ])
})
