import { describe, expect, it } from 'vitest'
import { notSendable, sendable, transfer } from '../../../snippets/concurrency/workers-and-processes/clone-rules.ts'

describe('clone-rules (structuredClone, the rules of postMessage and pool.run)', () => {
  it('Map and Date survive as a deep copy', () => {
    expect(sendable()).toEqual({ sameObject: false, map: 1, date: true, year: 1970 })
  })

  it('a function throws DataCloneError; a class instance loses its prototype', () => {
    expect(notSendable()).toEqual({ error: 'DataCloneError', isJob: false, hasMethod: false })
  })

  it('a transferred ArrayBuffer is detached at the source', () => {
    expect(transfer(4096)).toEqual({ before: 4096, sender: 0, receiver: 4096 })
  })
})
