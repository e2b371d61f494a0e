// A worker loop is a boundary: it owns the policy for a failed item (here: log and continue).
// The handler underneath stays narrow and lets failures propagate.

/** The slice of a pino logger the loop needs. */
export interface ItemLogger {
  error(fields: { err: unknown, itemId: string }, msg: string): void
}

// #region policy
export async function runWorker<T extends { id: string }>(
  items: readonly T[], handle: (item: T) => Promise<void>, log: ItemLogger) {
  const failed: string[] = []
  for (const item of items) {
    try {
      await handle(item)
    }
    catch (err) {              // broad catch: here, and only here
      log.error({ err, itemId: item.id }, 'item failed, continuing')
      failed.push(item.id)     // policy: skip it (or retry / abort)
    }
  }
  return { processed: items.length - failed.length, failed }
}
// #endregion policy
