// "Start early, await later" is good, with a Node-specific trap: if the early Promise rejects while
// you are awaiting something else, no handler is attached yet and Node ends the process. Node only.
import { setTimeout as sleep } from 'node:timers/promises'
import { runExportInChild } from './run-in-child.ts'
import type { ChildRun } from './run-in-child.ts'

export const fetchUser = async (): Promise<string> => {
  await sleep(10)
  throw new Error('user service down') // rejects while the caller waits for the config
}
export const loadConfig = async () => { await sleep(50); return 'config' }

// #region unsafe
export async function unsafeStartEarly(): Promise<string> {
  const user = fetchUser() // started early: good idea...
  const config = await loadConfig() // ...but `user` rejects during this await, unobserved
  try { return `${config} + ${await user}` } // too late: the process is already gone
  catch { return `${config} + guest` }
}
// #endregion unsafe

// #region safe
export async function safeStartEarly(): Promise<string> {
  const user = fetchUser() // started early, as before
  user.catch(() => {}) // a handler attached NOW: the rejection is observed, kept for later
  const config = await loadConfig() // or: await Promise.all([fetchUser(), loadConfig()])
  try { return `${config} + ${await user}` } // the error arrives here, where we handle it
  catch { return `${config} + guest` }
}
// #endregion safe

export async function unsafeMain() { console.log(await unsafeStartEarly()) }
export async function safeMain() { console.log(await safeStartEarly()) }

/** Runs a variant in its own process: a crash there cannot take the caller down. */
export const runVariant = (variant: 'unsafeMain' | 'safeMain'): Promise<ChildRun> =>
  runExportInChild(import.meta.url, variant)
