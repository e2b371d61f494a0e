// What can cross a worker boundary: the structured-clone algorithm (Python's pickling analog).
// The global structuredClone follows the same rules as postMessage and pool.run(). Browser-runnable.

// #region sendable
/** Plain data survives: Map, Set, Date, RegExp, typed arrays, nested objects. */
export function sendable() {
  const task = { id: 7, tags: new Set(['a']), seen: new Map([['k', 1]]),
    at: new Date(0), pattern: /ab+/i, bytes: new Uint8Array([1, 2]) }
  const copy = structuredClone(task) // what the worker receives: a deep copy
  return {
    sameObject: copy === task, map: copy.seen.get('k'),
    date: copy.at instanceof Date, year: copy.at.getUTCFullYear(),
  }
}
// #endregion sendable

// #region not-sendable
export class Job {
  name: string
  constructor(name: string) { this.name = name }
  describe() { return `job ${this.name}` }
}

/** A function throws DataCloneError; a class instance arrives as a plain object. */
export function notSendable() {
  let error = ''
  try { structuredClone({ onDone: () => 'hi' }) }
  catch (err) { error = (err as Error).name } // 'DataCloneError', like a lambda in pickle
  const copy: unknown = structuredClone(new Job('resize'))
  const hasMethod = typeof (copy as Job).describe === 'function' // false: no prototype
  return { error, isJob: copy instanceof Job, hasMethod }
}
// #endregion not-sendable

// #region transfer
/** Transfer instead of copy: the buffer MOVES; the sender's copy is detached (length 0). */
export function transfer(size = 1024 * 1024) {
  const buffer = new ArrayBuffer(size)
  const moved = structuredClone(buffer, { transfer: [buffer] }) // postMessage(buf, [buf]) alike
  return { before: size, sender: buffer.byteLength, receiver: moved.byteLength }
}
// #endregion transfer
