// A counting semaphore built by hand to teach it: FIFO waiters, abortable waits, disposable permits.
// Browser-runnable (no node:* imports). Production alternatives: p-limit, cockatiel's bulkhead.

// #region disposablePermit
/** A held slot. `release()` is idempotent;
 *  `using` calls it on every exit path. */
export interface Permit extends Disposable {
  release(): void
}

function createPermit(onRelease: () => void): Permit {
  let held = true
  const release = () => {
    if (!held)
      return // a second release must never mint an extra permit
    held = false
    onRelease()
  }
  return { release, [Symbol.dispose]: release }
}
// #endregion disposablePermit

// #region semaphore
export class Semaphore {
  #free: number
  // arrival order = service order
  readonly #waiters: ((permit: Permit) => void)[] = []

  constructor(permits: number) {
    if (!Number.isInteger(permits) || permits < 1)
      throw new RangeError(`permits must be a positive integer: ${permits}`)
    this.#free = permits
  }

  get available(): number { return this.#free }
  get waiting(): number { return this.#waiters.length }

  #release(): void {
    const next = this.#waiters.shift()
    if (next) // hand over directly: nobody can barge in
      next(createPermit(() => this.#release()))
    else this.#free++
  }
  // #endregion semaphore

  // #region acquireWithSignal
  acquire(signal?: AbortSignal): Promise<Permit> {
    if (signal?.aborted)
      return Promise.reject(signal.reason)
    if (this.#free > 0) {
      this.#free--
      return Promise.resolve(createPermit(() => this.#release()))
    }
    const { promise, resolve, reject } = Promise.withResolvers<Permit>()
    const onAbort = () => {
      // leave the queue now, not when our turn comes
      this.#waiters.splice(this.#waiters.indexOf(grant), 1)
      reject(signal?.reason)
    }
    const grant = (permit: Permit) => {
      signal?.removeEventListener('abort', onAbort)
      resolve(permit)
    }
    signal?.addEventListener('abort', onAbort, { once: true })
    this.#waiters.push(grant)
    return promise
  }
  // #endregion acquireWithSignal
}
