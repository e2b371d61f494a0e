// Runs the slide's awaited test, then the async mistakes in a child vitest run.
import { expect, test } from 'vitest'
import '../../../snippets/testing/api-testing/async.test.ts'
import { runMeta } from './meta/run-meta.ts'

test('the async mistakes: what each one does', async () => {
  const results = await runMeta(['async.meta.ts'])
  const outcome = (prefix: string) => results.find(r => r.name.startsWith(prefix))
  expect(outcome('awaited rejects')).toMatchObject({ state: 'fail', error: expect.stringMatching(/promise resolved/i) })
  // The guide (and jest) let this pass vacuously; vitest >= 3 awaits a forgotten rejects at the
  // end of the test and fails it. Still a bug: code after it ran before the assertion did.
  expect(outcome('unawaited rejects')).toMatchObject({ state: 'fail', error: expect.stringMatching(/promise resolved/i) })
  expect(outcome('hasAssertions catches')).toMatchObject({ state: 'fail', error: expect.stringMatching(/expected any number of assertion/i) })
  expect(outcome('forgot await')).toMatchObject({ state: 'fail', error: 'expected undefined to be 200 // Object.is equality' })
}, 180_000)
