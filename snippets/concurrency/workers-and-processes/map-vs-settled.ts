// Collecting many results: Promise.all (input order, fail-fast) and Promise.allSettled (one
// outcome per task). Browser-runnable; timers stand in for I/O.

export const sleep = (ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms))

/** The guide's task: squares x after `ms`; x === 5 raises "boom". */
export async function task(x: number, ms: number, finished?: { count: number }): Promise<number> {
  try {
    await sleep(ms)
    if (x === 5) throw new Error('boom')
    return x * x
  }
  finally {
    if (finished) finished.count++ // a side effect: the task ran to its end
  }
}

// #region map-order
/** executor.map: the LAST item finishes first, yet results come back in input order. */
export function mapInOrder(items: number[]): Promise<number[]> {
  const square = async (x: number, ms: number) => { await sleep(ms); return x * x }
  return Promise.all(items.map((x, i) => square(x, (items.length - i) * 10))) // 100, 90, ... ms
}
// #endregion map-order

// #region fail-fast
/** Item 5 rejects: Promise.all rejects at once, the other tasks keep running unseen. */
export async function failFast(items: number[], finished: { count: number }): Promise<string> {
  try {
    return (await Promise.all(items.map(x => task(x, x * 10, finished)))).join(',')
  }
  catch (err) {
    return `rejected: ${(err as Error).message} after ${finished.count} finished` // not all yet
  }
}
// #endregion fail-fast

// #region settled
/** future.exception() for all: one outcome per task, in input order, never throws. */
export async function settleAll(items: number[]): Promise<string[]> {
  const outcomes = await Promise.allSettled(items.map(x => task(x, x * 10)))
  return outcomes.map((o, i) => (o.status === 'fulfilled'
    ? `${items[i]} -> ${o.value}`
    : `${items[i]} failed: ${String(o.reason)}`))
}
// #endregion settled
