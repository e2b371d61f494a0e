import { describe, expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'
import { fetchUser, plainWrap, preserveMeta, tracedFetchUser } from '../../../snippets/core-concepts/decorators/preserve-meta.ts'

describe('keeping the name and arity of the wrapped function', () => {
  it('without the helper, the wrapper reports its own name and arity', () => {
    const bare = plainWrap(fetchUser)
    expect(bare.name).toBe('wrapper')
    expect(bare.length).toBe(0) // a rest parameter does not count
  })

  it('with the helper, name and length equal the original\'s', () => {
    expect(fetchUser.name).toBe('fetchUser')
    expect(tracedFetchUser.name).toBe(fetchUser.name)
    expect(tracedFetchUser.length).toBe(fetchUser.length)
    expect(tracedFetchUser.length).toBe(2)
  })

  it('copied properties stay read-only and non-enumerable, like a function\'s own', () => {
    const wrapper = preserveMeta(plainWrap(fetchUser), fetchUser)
    for (const key of ['name', 'length'] as const) {
      expect(Object.getOwnPropertyDescriptor(wrapper, key)).toEqual(Object.getOwnPropertyDescriptor(fetchUser, key))
      expect(Object.getOwnPropertyDescriptor(wrapper, key)).toMatchObject({ writable: false, enumerable: false })
    }
    expect(() => {
      Object.assign(wrapper, { name: 'renamed' }) // assignment to a read-only property throws in strict code
    }).toThrow(TypeError)
    expect(wrapper.name).toBe('fetchUser')
  })

  it('the wrapper still works and returns the same function it was given', async () => {
    const wrapper = plainWrap(fetchUser)
    expect(preserveMeta(wrapper, fetchUser)).toBe(wrapper)
    await expect(tracedFetchUser('42')).resolves.toBe('user 42')
  })

  it('the demo prints the name before and after', async () => {
    const lines = await captureConsole(() => import('../../../snippets/core-concepts/decorators/preserve-meta.demo.ts'))
    expect(lines).toEqual([
      'original: name fetchUser, length 2',
      'without:  name wrapper, length 0',
      'with:     name fetchUser, length 2',
    ])
  })
})
