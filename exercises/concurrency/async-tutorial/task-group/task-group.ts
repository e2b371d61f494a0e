// A task group: related async tasks that succeed together or stop together.
// Every task receives the group's AbortSignal; the first failure aborts it; the group settles only
// after EVERY task settled; one failure is thrown as is, several as an AggregateError.

export type Task<T> = (signal: AbortSignal) => Promise<T>

export async function taskGroup<T>(tasks: Array<Task<T>>, parent?: AbortSignal): Promise<T[]> {
  // TODO 1: one AbortController for the group; combine its signal with `parent` (AbortSignal.any).
  // TODO 2: start every task with the group's signal; keep results by index (spawn order).
  // TODO 3: on a failure, record the error and abort the group's signal, unless the error is
  //         just a sibling stopping because the signal was already aborted.
  // TODO 4: wait until EVERY task settled (no orphans), then throw one error as is, several as an
  //         AggregateError, the parent's reason if it aborted, or return the results.
  // Today: Promise.all, which gives up at the first failure and leaves the siblings running.
  const neverAborted = new AbortController().signal
  void parent
  return Promise.all(tasks.map(task => task(neverAborted)))
}
