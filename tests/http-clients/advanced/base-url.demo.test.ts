import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('prints the dropped /v1, the fix, and the rejected absolute URL', async () => {
  expect(await captureConsole(() => import('../../../snippets/http-clients/advanced/base-url.demo.ts'))).toEqual([
    'new URL:  https://api.example.com/users',
    'joinUrl:  https://api.example.com/v1/users',
    'slashes:  https://api.example.com/v1/users/42?expand=1',
    'absolute: absolute URL not allowed: https://evil.example/steal',
  ])
})
