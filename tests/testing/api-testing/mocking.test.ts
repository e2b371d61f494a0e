// Runs the slide's mocking tests and proves msw fails a request nobody handles.
import { expect, test } from 'vitest'
import '../../../snippets/testing/api-testing/mocking.test.ts'

test('an unhandled request is an error, not a trip to the network', async () => {
  const err = await fetch('https://nobody-mocks-this.example/').then(() => null, (e: unknown) => e)
  expect(err).toBeInstanceOf(TypeError)
  const cause = (err as Error).cause
  expect(String(cause)).toMatch(/Cannot bypass a request when using the "error" strategy/)
})
