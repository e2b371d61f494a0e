// `using` / `await using` is the context manager of TypeScript: whatever the block acquired is
// disposed when it exits, in reverse order, also when it throws. Runs natively on Node 24 and in
// current Chromium; TypeScript 5.2+ types it.
export type LogLine = (line: string) => void

export interface Resource extends AsyncDisposable {
  readonly name: string
}

// #region dispose-order
export function acquire(name: string, log: LogLine, closeFails = false): Resource {
  log(`open ${name}`)
  return {
    name,
    async [Symbol.asyncDispose]() {
      log(`close ${name}`)
      if (closeFails)
        throw new Error(`closing ${name} failed`)
    },
  }
}
export async function runJob(log: LogLine, { bodyFails = false, closeFails = false } = {}) {
  await using db = acquire('db', log)
  await using file = acquire('file', log, closeFails)  // disposed first
  log(`work with ${db.name} and ${file.name}`)
  if (bodyFails)
    throw new Error('work failed')
}
// #endregion dispose-order
