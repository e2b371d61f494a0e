import { expect, it } from 'vitest'
import { runDemo } from './demos.ts'

it('prints 10 connections for h1 and 1 for h2', async () => {
  expect(await runDemo('h2-multiplex')).toEqual([
    'h1: 10 responses over 10 connection(s)', 'h2: 10 responses over 1 connection(s)',
  ])
}, 20_000)
