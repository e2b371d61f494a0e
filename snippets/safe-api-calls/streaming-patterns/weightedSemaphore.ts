// One capacity pool for buffered calls (weight 1) and streams (weight 3, they hold ~3x longer).
// All units are taken at once, waiters are served FIFO, a release returns exactly what was taken.
// Browser-runnable. The unit-by-unit version (the guide's) is kept to show its deadlock.
import type { Permit } from '../core-concepts/semaphore.ts'
import type { Semaphore } from '../core-concepts/semaphore.ts'

export interface WeightedPermit extends Permit { readonly weight: number }

interface Waiter { weight: number, grant: (p: WeightedPermit) => void }

export class WeightedSemaphore {
  readonly total: number
  #free: number
  readonly #waiters: Waiter[] = [] // arrival order = service order
  constructor(total: number) {
    this.total = total
    this.#free = total
  }
  get available(): number { return this.#free }
  get waiting(): number { return this.#waiters.length }

  // #region atomicAcquire
  acquire(weight: number, signal?: AbortSignal): Promise<WeightedPermit> {
    if (!Number.isInteger(weight) || weight < 1 || weight > this.total)
      return Promise.reject(new RangeError(`weight must be 1..${this.total}, got ${weight}`))
    if (signal?.aborted)
      return Promise.reject(signal.reason)
    const { promise, resolve, reject } = Promise.withResolvers<WeightedPermit>()
    const onAbort = () => this.#leave(waiter, () => reject(signal?.reason))
    const waiter: Waiter = { weight, grant: (p) => { signal?.removeEventListener('abort', onAbort); resolve(p) } }
    signal?.addEventListener('abort', onAbort, { once: true })
    this.#waiters.push(waiter)
    this.#drain()
    return promise
  }
  // #endregion atomicAcquire

  // #region fifoFairness
  /** Grants from the head only: a heavy head waiter is never overtaken by light late arrivals. */
  #drain(): void {
    for (let head = this.#waiters[0]; head && head.weight <= this.#free; head = this.#waiters[0]) {
      this.#waiters.shift()
      this.#free -= head.weight // all units at once: nobody ever holds part of a request
      head.grant(this.#permit(head.weight))
    }
  }
  // #endregion fifoFairness

  // #region exactRelease
  #permit(weight: number): WeightedPermit {
    let held = true
    const release = () => {
      if (!held) return // a double release must not mint units
      held = false
      this.#free += weight // exactly what was taken
      this.#drain()
    }
    return { weight, release, [Symbol.dispose]: release }
  }

  #leave(waiter: Waiter, then: () => void): void {
    const i = this.#waiters.indexOf(waiter)
    if (i >= 0) this.#waiters.splice(i, 1) // an aborted waiter held nothing, so leaks nothing
    then()
    this.#drain() // the head may have been blocking smaller waiters
  }
  // #endregion exactRelease
}

// #region unitByUnit
/** ANTI-PATTERN (the guide's): one unit at a time. Two weight-60 callers on 100 units
 *  each end up holding 50 and waiting for 10 more, forever. */
export async function acquireUnitByUnit(units: Semaphore, weight: number): Promise<Permit[]> {
  const held: Permit[] = []
  for (let i = 0; i < weight; i++)
    held.push(await units.acquire()) // every await lets another caller take a unit
  return held
}
// #endregion unitByUnit
