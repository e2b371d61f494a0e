// Exercise: a production-grade timing wrapper. The task is in README.md; run
//   npm run exercise -- core-concepts/decorators/timed

export interface Timing {
  /** The wrapped function's name (not "wrapper"). */
  name: string
  /** Milliseconds from the call until it returned or threw, or its Promise settled. */
  ms: number
  /** false when the function threw or its Promise rejected. */
  ok: boolean
}

export interface TimedOptions {
  /** Called exactly once per call. */
  onTiming: (timing: Timing) => void
}

export function timed<This, A extends unknown[], R>(
  fn: (this: This, ...args: A) => R,
  options: TimedOptions,
): (this: This, ...args: A) => R {
  // TODO 1: build a `function` wrapper (not an arrow) that calls fn with its `this` and args.
  // TODO 2: read performance.now() before the call; report { name, ms, ok } through
  //         options.onTiming exactly once, when the call has really finished.
  // TODO 3: a sync throw: report ok: false and rethrow the very same error.
  // TODO 4: a returned Promise: report when it settles (ok: true or false), and give the
  //         caller the same value or rejection.
  // TODO 5: keep fn's name and length on the wrapper.
  void options
  return fn
}
