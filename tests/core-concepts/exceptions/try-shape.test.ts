import { describe, expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'
import { handleMessage } from '../../../snippets/core-concepts/exceptions/try-shape.ts'
import type { MessageHooks } from '../../../snippets/core-concepts/exceptions/try-shape.ts'

function recorder(overrides: Partial<MessageHooks> = {}) {
  const calls: string[] = []
  const errors: unknown[] = []
  const hooks: MessageHooks = {
    onSuccess: overrides.onSuccess ?? (() => calls.push('success')),
    onError: (err) => { calls.push('error'); errors.push(err) },
    cleanup: () => calls.push('cleanup'),
  }
  return { hooks, calls, errors }
}

describe('try-shape: the missing else', () => {
  it('on success the success hook and then cleanup run', () => {
    const { hooks, calls } = recorder()
    handleMessage('{"ok": true}', hooks)
    expect(calls).toEqual(['success', 'cleanup'])
  })

  it('on failure the error hook and cleanup run, the success hook does not', () => {
    const { hooks, calls, errors } = recorder()
    handleMessage('{"ok": tru', hooks)
    expect(calls).toEqual(['error', 'cleanup'])
    expect(errors[0]).toBeInstanceOf(SyntaxError)
  })

  it('an error thrown by the success hook is not caught by the failure branch; cleanup still runs', () => {
    const boom = new Error('success hook failed')
    const { hooks, calls } = recorder({ onSuccess: () => { throw boom } })
    expect(() => handleMessage('{"ok": true}', hooks)).toThrow(boom)
    expect(calls).toEqual(['cleanup'])
  })

  it('demo prints a success and a failure run', async () => {
    const lines = await captureConsole(() => import('../../../snippets/core-concepts/exceptions/try-shape.demo.ts'))
    expect(lines).toEqual([
      'good input: success hook',
      'good input: cleanup',
      'bad input: error hook (SyntaxError)',
      'bad input: cleanup',
    ])
  })
})
