import { describe, expect, it } from 'vitest'
import { CallTimeoutError, ClientAbortError, DeadlineExceededError, QueueTimeoutError } from '../../../snippets/safe-api-calls/concurrency-and-timeouts/timeoutErrors.ts'

describe('one error class per clock', () => {
  it('every class is distinguishable with instanceof and by name', () => {
    const classes = [QueueTimeoutError, CallTimeoutError, DeadlineExceededError, ClientAbortError]
    for (const Cls of classes) {
      const err = new Cls('x')
      expect(err).toBeInstanceOf(Error)
      expect(err.name).toBe(Cls.name)
      for (const Other of classes.filter(c => c !== Cls))
        expect(err).not.toBeInstanceOf(Other)
    }
  })

  it('keeps a cause', () => {
    const inner = new Error('socket')
    expect(new CallTimeoutError('slow', { cause: inner }).cause).toBe(inner)
  })
})
