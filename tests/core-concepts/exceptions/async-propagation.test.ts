import { describe, expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'
import { withAwait, withoutAwait } from '../../../snippets/core-concepts/exceptions/async-propagation.ts'

describe('async-propagation: await decides whether catch sees the rejection', () => {
  it('with await the catch branch runs', async () => {
    const lines: string[] = []
    await expect(withAwait(line => lines.push(line))).resolves.toBeUndefined()
    expect(lines).toEqual(['with await: caught "upstream timed out"'])
  })

  it('without await the catch branch does not run and the rejection is observed separately', async () => {
    const lines: string[] = []
    const escaped = withoutAwait(line => lines.push(line))
    // Attach the handler at once: an unhandled rejection would fail the run.
    const observed = escaped.then(() => 'resolved', (err: unknown) => err)
    expect(lines).toEqual([])
    const err = await observed
    expect(err).toBeInstanceOf(Error)
    expect(err).toMatchObject({ message: 'upstream timed out' })
    expect(lines).toEqual([])                  // the catch inside never ran
  })

  it('demo prints the caught and the escaped case', async () => {
    const lines = await captureConsole(() => import('../../../snippets/core-concepts/exceptions/async-propagation.demo.ts'))
    expect(lines).toEqual([
      'with await: caught "upstream timed out"',
      'without await: the try block finished, nothing caught',
      'handled elsewhere: "upstream timed out"',
    ])
  })
})
