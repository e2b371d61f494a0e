// A rejected Promise propagates through `await` like a throw. Without `await`, the try block
// finishes before the Promise rejects, so its catch never sees the failure.
import { toError } from './narrowing.ts'

export type LogLine = (line: string) => void

export async function callUpstream(): Promise<string> {
  await Promise.resolve()                  // the failure happens later, asynchronously
  throw new Error('upstream timed out')
}

// #region await-vs-not
export async function withAwait(log: LogLine): Promise<void> {
  try {
    await callUpstream()
  }
  catch (err) {
    log(`with await: caught "${toError(err).message}"`)
  }
}

export function withoutAwait(log: LogLine): Promise<string> {
  try {
    return callUpstream()         // no await: the rejection escapes this try
  }
  catch (err) {
    log(`without await: caught "${toError(err).message}"`)  // never runs
    throw err
  }
}
// #endregion await-vs-not
