import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('prints 10 connections for h1 and 1 for h2', async () => {
  expect(await captureConsole(() => import('../../../snippets/http-clients/advanced/h2-multiplex.demo.ts'))).toEqual([
    'h1: 10 responses over 10 connection(s)', 'h2: 10 responses over 1 connection(s)',
  ])
}, 20_000)
