import { assert, describe, expect, it, vi } from 'vitest'
import { withRetry } from '../../../snippets/core-concepts/decorators/retry-wrapper.ts'

describe('withRetry: retry as a wrapper', () => {
  it('fails twice, then succeeds: 3 calls and the success value', async () => {
    const original = vi.fn<(id: string) => Promise<string>>()
      .mockRejectedValueOnce(new Error('503'))
      .mockRejectedValueOnce(new Error('503'))
      .mockResolvedValueOnce('profile')
    const fetchProfile = withRetry(original, { attempts: 5 })
    await expect(fetchProfile('42')).resolves.toBe('profile')
    expect(original).toHaveBeenCalledTimes(3)
    expect(original.mock.calls).toEqual([['42'], ['42'], ['42']])
  })

  it('always failing: exactly `attempts` calls, then an error whose cause is the last failure', async () => {
    const failures = [new Error('first'), new Error('second'), new Error('third')]
    let call = 0
    async function callVendor(): Promise<never> {
      throw failures[call++]
    }
    const error = await withRetry(callVendor, { attempts: 3 })().catch((e: unknown) => e)
    expect(call).toBe(3)
    assert(error instanceof Error)
    expect(error.message).toBe('callVendor failed 3 times')
    expect(error.cause).toBe(failures[2])
  })

  it('a first-time success makes exactly one call', async () => {
    const original = vi.fn(async () => 'ok')
    await expect(withRetry(original, { attempts: 3 })()).resolves.toBe('ok')
    expect(original).toHaveBeenCalledTimes(1)
  })

  it('rejects a nonsensical attempt count when wrapping', () => {
    const original = async () => 1
    expect(() => withRetry(original, { attempts: 0 })).toThrow(RangeError)
    expect(() => withRetry(original, { attempts: 2.5 })).toThrow(RangeError)
  })
})
