// The guide's crunch(): CPU work inside an async function never awaits, so nothing else runs until
// it ends. `async` does not make code concurrent. Browser-runnable (the lag monitor is Node's).

// #region crunch
export async function crunch(n = 100_000_000): Promise<number> {
  let total = 0
  for (let i = 0; i < n; i++) total += i % 7 // no await inside: the loop is stuck here
  return total
}

/** Schedules a 10 ms timer, then crunches: when does the timer really fire? */
export async function timerDuringCrunch(n?: number) {
  const start = performance.now()
  const fired = new Promise<number>(resolve => setTimeout(() => resolve(performance.now() - start), 10))
  await crunch(n)
  const crunchMs = performance.now() - start
  return { crunchMs, timerFiredAtMs: await fired } // fired only after the crunch ended
}
// #endregion crunch
