// Runs the slide's override tests, and the leak / fresh-fixture pair in a shuffled child run.
import { describe, expect, test } from 'vitest'
import { registerFreshTests } from '../../../snippets/testing/api-testing/overrides.test.ts'
import { runMeta } from './meta/run-meta.ts'

describe('fresh app per test (also here, in the main run)', () => registerFreshTests())

test('shuffled: the shared app fails whichever test runs second; the fixture version passes both', async () => {
  const results = await runMeta(['leak.meta.ts', 'fresh.meta.ts'], { shuffle: true })
  // (importing the snippet also registers its other tests there: look only at the pair)
  const pair = (file: string) => results.filter(r => r.file.endsWith(file) && r.name.startsWith('signs up ada'))
  const [leak, fresh] = [pair('leak.meta.ts'), pair('fresh.meta.ts')]
  expect(leak.map(r => r.state).sort()).toEqual(['fail', 'pass'])
  expect(leak.find(r => r.state === 'fail')?.error).toContain('expected 409 to be 201')
  expect(fresh.map(r => r.state)).toEqual(['pass', 'pass'])
}, 180_000)
