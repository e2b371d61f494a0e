// JS Promises are eager: calling an async function runs it up to its first await, right now.
// A "recipe" (work described, not started) is a thunk: a function that creates the Promise.
// Browser-runnable.

/** A stand-in for an API call that logs when it really starts. */
export async function fetchData(id: number, log: (line: string) => void): Promise<string> {
  log(`fetchData(${id}): started`) // runs synchronously, inside the call
  await new Promise(resolve => setTimeout(resolve, 10))
  return `data ${id}`
}

// #region eager
export function callWithoutAwait(log: (line: string) => void): Promise<string> {
  const pending = fetchData(1, log) // already running: no await, no scheduling step
  log('caller: got a Promise back, nothing awaited yet')
  return pending
}
// #endregion eager

// #region thunk
export type Thunk<T> = () => Promise<T>

export function makeRecipe(log: (line: string) => void): Thunk<string> {
  const recipe: Thunk<string> = () => fetchData(2, log) // described, not started
  log('caller: made a thunk, nothing started')
  return recipe // whoever calls it decides when (retry, limiter, task group)
}
// #endregion thunk
