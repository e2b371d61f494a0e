import { describe, expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'
import { findCause, hasCode } from '../../../snippets/core-concepts/exceptions/cause-chain.ts'

type Coded = Error & { code: string }
const isRefused = (e: unknown): e is Coded => hasCode(e, 'ECONNREFUSED')
const coded = (message: string, code: string, cause?: unknown): Coded =>
  Object.assign(new Error(message, { cause }), { code })

describe('cause-chain: findCause', () => {
  it('finds a code three levels deep', () => {
    const socket = coded('connect ECONNREFUSED', 'ECONNREFUSED')
    const err = new Error('top', { cause: new Error('middle', { cause: new TypeError('fetch failed', { cause: socket }) }) })
    expect(findCause(err, isRefused)).toBe(socket)
  })

  it('checks the error itself first', () => {
    const err = coded('refused', 'ECONNREFUSED')
    expect(findCause(err, isRefused)).toBe(err)
  })

  it('returns undefined when no cause matches', () => {
    const err = new Error('a', { cause: coded('b', 'ETIMEDOUT', 'a string cause') })
    expect(findCause(err, isRefused)).toBeUndefined()
    expect(findCause(undefined, isRefused)).toBeUndefined()
  })

  it('terminates on a cyclic chain', () => {
    const a = new Error('a')
    const b = new Error('b', { cause: a })
    a.cause = b
    expect(findCause(a, isRefused)).toBeUndefined()
  })

  it('respects the depth bound', () => {
    let err: Error = coded('deep', 'ECONNREFUSED')
    for (let i = 0; i < 5; i++)
      err = new Error(`wrap ${i}`, { cause: err })   // the match is now at depth 5
    expect(findCause(err, isRefused, 4)).toBeUndefined()
    expect(findCause(err, isRefused, 5)?.message).toBe('deep')
  })

  it('demo finds the socket error under fetch failed', async () => {
    const lines = await captureConsole(() => import('../../../snippets/core-concepts/exceptions/cause-chain.demo.ts'))
    expect(lines).toEqual([
      'refused: connect ECONNREFUSED 127.0.0.1:9',
      'timed out: not found',
    ])
  })
})
