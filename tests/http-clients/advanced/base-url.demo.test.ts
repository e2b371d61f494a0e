import { expect, it } from 'vitest'
import { runDemo } from './demos.ts'

it('prints the dropped /v1, the fix, and the rejected absolute URL', async () => {
  expect(await runDemo('base-url')).toEqual([
    'new URL:  https://api.example.com/users',
    'joinUrl:  https://api.example.com/v1/users',
    'slashes:  https://api.example.com/v1/users/42?expand=1',
    'absolute: absolute URL not allowed: https://evil.example/steal',
  ])
})
