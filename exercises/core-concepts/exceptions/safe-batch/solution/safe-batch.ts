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
  const errors: unknown[] = []
  for (const item of items) {
    try {
      await handler(item)
    }
    catch (err) {
      logger.error({ err, itemId: item.id }, 'batch item failed')
      errors.push(err)
      continue
    }
    ok++
  }
  if (items.length > 0 && errors.length === items.length)
    throw new AggregateError(errors, `all ${items.length} items failed`)
  return { ok, failed: errors.length }
}
