// Within one turn of the loop: the synchronous code first, then process.nextTick callbacks (Node
// only), then Promise continuations (microtasks), then the next timer or I/O callback (macrotask).
// Browser-runnable: the nextTick line appears only where `process` exists.

// #region micro-vs-macro
/** From inside a callback (like a request handler), schedules one of each kind. */
export function eventLoopOrder(log: (line: string) => void): Promise<void> {
  return new Promise(resolve => setTimeout(() => { // a fresh turn, like an I/O callback
    setTimeout(() => { log('timeout (macrotask)'); resolve() }, 0)
    Promise.resolve().then(() => log('promise.then (microtask)'))
    if (typeof process !== 'undefined') // Node only: drained before the microtasks
      process.nextTick(() => log('process.nextTick (Node)'))
    log('synchronous code')
  }, 0))
}
// #endregion micro-vs-macro
