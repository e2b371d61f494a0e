// Exercise: a batch boundary that runs every item, logs each failure, and reports the outcome.
// Run: npm run exercise -- core-concepts/exceptions/safe-batch

/** The slice of a pino logger the batch needs (a pino Logger fits). */
export interface BatchLogger {
  error(fields: { err: unknown, itemId: string }, msg: string): void
}

export interface BatchResult {
  ok: number
  failed: number
}

export async function processAll<T extends { id: string }>(
  items: readonly T[],
  handler: (item: T) => Promise<void>,
  logger: BatchLogger,
): Promise<BatchResult> {
  let ok = 0
  for (const item of items) {
    // TODO: this loop is a boundary. A failing item must not stop the batch:
    //   log it with logger.error({ err, itemId }, '...') and keep the original error object.
    await handler(item)
    ok++
  }
  // TODO: when every item failed (and there was at least one), throw an AggregateError of all
  //   the original errors instead of returning.
  void logger
  return { ok, failed: 0 }
}
