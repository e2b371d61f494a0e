// Structured concurrency by hand: Python's asyncio.TaskGroup for JS. Every task gets the group's
// AbortSignal; the first failure aborts it; the group settles only after EVERY task settled (no
// orphans); one failure is thrown as is, several as an AggregateError. Browser-runnable.

export type Task<T> = (signal: AbortSignal) => Promise<T>

const isAbort = (error: unknown, signal: AbortSignal) =>
  error === signal.reason || (error instanceof Error && error.name === 'AbortError')

// #region helper
export class TaskGroup<T = unknown> implements AsyncDisposable {
  readonly #controller = new AbortController()
  readonly #settled: Array<Promise<void>> = []
  readonly #results: T[] = []
  readonly #errors: unknown[] = []
  #active = 0
  readonly signal: AbortSignal // aborts on the first failure, or when the parent aborts

  constructor(parent?: AbortSignal) {
    this.signal = parent ? AbortSignal.any([this.#controller.signal, parent]) : this.#controller.signal
  }

  get active(): number { return this.#active } // tasks still running
// #endregion helper

  // #region spawn
  spawn(task: Task<T>): void {
    const index = this.#settled.length
    this.#active++
    this.#settled.push(Promise.resolve()
      .then(() => task(this.signal)) // a task that throws synchronously fails the same way
      .then(
        (value) => { this.#results[index] = value },
        (error: unknown) => { this.#fail(error) })
      .finally(() => { this.#active-- }))
  }

  #fail(error: unknown): void {
    if (this.signal.aborted && isAbort(error, this.signal))
      return // a sibling stopping because we asked it to is not a new failure
    this.#errors.push(error)
    this.#controller.abort(error) // cancel everyone else, cooperatively
  }
  // #endregion spawn

  // #region wait
  /** Settles after every task settled: results in spawn order, or the failure(s). */
  async wait(): Promise<T[]> {
    for (let seen = 0; seen < this.#settled.length; seen = this.#settled.length)
      await Promise.all(this.#settled) // tasks may spawn more tasks while we wait
    if (this.#errors.length === 1)
      throw this.#errors[0]
    if (this.#errors.length > 1)
      throw new AggregateError(this.#errors, `${this.#errors.length} tasks failed`)
    this.signal.throwIfAborted() // the parent gave up: its reason, not partial results
    return this.#results
  }

  /** Leaving an `await using` scope early: cancel what is left, then wait for it. */
  async [Symbol.asyncDispose](): Promise<void> {
    if (this.#active > 0)
      this.#controller.abort(new DOMException('task group scope exited', 'AbortError'))
    await Promise.all(this.#settled)
  }
  // #endregion wait
}

// #region usage
/** Runs related tasks as one unit: all succeed, or all stop and the failure is thrown. */
export async function taskGroup<T>(tasks: Array<Task<T>>, parent?: AbortSignal): Promise<T[]> {
  await using group = new TaskGroup<T>(parent)
  for (const task of tasks)
    group.spawn(task)
  return await group.wait() // `await` matters: a bare return would dispose (abort) first
}

// In a handler: three lookups for one page, each receives the shared signal.
type FetchPart = (part: string, signal: AbortSignal) => Promise<string>
export const loadPage = (fetchPart: FetchPart, signal?: AbortSignal) =>
  taskGroup(['profile', 'orders', 'recommendations']
    .map(part => (s: AbortSignal) => fetchPart(part, s)), signal)
// #endregion usage

// #region await-using-scope
/** Hedged lookup: the first answer wins; leaving the scope cancels and awaits the others. */
export async function firstAnswer(sources: Array<Task<string>>): Promise<string> {
  await using group = new TaskGroup<string>() // `async with TaskGroup() as tg:`
  const first = Promise.withResolvers<string>()
  for (const source of sources)
    group.spawn(async (signal) => {
      const answer = await source(signal)
      first.resolve(answer)
      return answer
    })
  group.wait().catch(first.reject) // every source failed: reject with the failure(s)
  return await first.promise // the scope exits here: slower tasks aborted, then awaited
}
// #endregion await-using-scope
