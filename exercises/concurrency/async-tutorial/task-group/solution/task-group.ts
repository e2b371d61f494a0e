// A task group: related async tasks that succeed together or stop together.
// Every task receives the group's AbortSignal; the first failure aborts it; the group settles only
// after EVERY task settled; one failure is thrown as is, several as an AggregateError.

export type Task<T> = (signal: AbortSignal) => Promise<T>

export async function taskGroup<T>(tasks: Array<Task<T>>, parent?: AbortSignal): Promise<T[]> {
  const controller = new AbortController()
  const signal = parent ? AbortSignal.any([controller.signal, parent]) : controller.signal
  const results: T[] = []
  const errors: unknown[] = []

  const settled = tasks.map((task, index) => Promise.resolve()
    .then(() => task(signal)) // a synchronous throw becomes a rejection too
    .then(
      (value) => { results[index] = value }, // spawn order, not completion order
      (error: unknown) => {
        const isAbort = error === signal.reason || (error instanceof Error && error.name === 'AbortError')
        if (signal.aborted && isAbort)
          return // a sibling stopping because we asked it to: not a new failure
        errors.push(error)
        controller.abort(error) // cancel the others, cooperatively
      },
    ))

  await Promise.all(settled) // never rejects: every task has settled after this line
  if (errors.length === 1)
    throw errors[0]
  if (errors.length > 1)
    throw new AggregateError(errors, `${errors.length} tasks failed`)
  signal.throwIfAborted() // the parent gave up: its reason, not partial results
  return results
}
