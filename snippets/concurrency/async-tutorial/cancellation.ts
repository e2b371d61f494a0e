// JS cannot interrupt a running Promise. A task stops early only if it passes the signal on (fetch,
// timers, drivers, piscina) or checks it between steps. Browser-runnable.

/** A sleep that ends early, rejecting with the signal's reason, when `signal` aborts. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    signal?.throwIfAborted()
    const onAbort = () => { clearTimeout(timer); reject(signal?.reason) }
    const timer = setTimeout(() => { signal?.removeEventListener('abort', onAbort); resolve() }, ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

// #region cooperative
/** Ignores the signal: keeps going after cancellation, to the very end. */
export async function ignoresSignal(steps: number, log: (line: string) => void, _signal: AbortSignal) {
  for (let step = 1; step <= steps; step++)
    await abortableSleep(100) // the signal is not passed on
  log('ignoresSignal: ran to completion')
}

/** Honours the signal: passes it to every wait, so it stops at the next await. */
export async function honoursSignal(steps: number, log: (line: string) => void, signal: AbortSignal) {
  for (let step = 1; step <= steps; step++)
    await abortableSleep(100, signal) // rejects as soon as the signal aborts
  log('honoursSignal: ran to completion')
}
// #endregion cooperative
