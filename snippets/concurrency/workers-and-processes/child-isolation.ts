// Crash isolation: a forked child has its own process and memory; when it dies the parent sees an
// exit code and carries on. This file is both the parent's API and the child's entry point.
import { fork } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { fileURLToPath } from 'node:url'

export type Request = { type: 'upper', text: string } | { type: 'crash' }
export interface Reply { text: string, pid: number }

// #region fork
/** Starts this file as a child process with an IPC channel. */
export function startChild(): ChildProcess {
  return fork(fileURLToPath(import.meta.url), [], {
    execArgv: [], // not the parent's flags (a test runner's loaders, inspector ports)
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'], // stderr piped: its crash report is not ours
  })
}

/** One IPC round trip: send a message, await the child's reply. */
export async function ask(child: ChildProcess, request: Request): Promise<Reply> {
  const reply = once(child, 'message') // listen before sending
  child.send(request)
  const [message] = await reply
  return message as Reply
}
// #endregion fork

// #region crash
/** The child throws: IT exits with code 1; the parent gets an exit event, not an exception. */
export async function crash(child: ChildProcess) {
  const exited = once(child, 'exit')
  child.send({ type: 'crash' } satisfies Request)
  const [code, signal] = await exited as [number | null, NodeJS.Signals | null]
  return { code, signal } // a supervisor would log this and startChild() again
}
// #endregion crash

// #region child
/** The `if __name__ == "__main__":` guard: only a process started ON this file serves. */
export function isMain(moduleUrl: string): boolean {
  return process.argv[1] === fileURLToPath(moduleUrl)
}

if (isMain(import.meta.url) && process.send) {
  process.on('message', (request: Request) => {
    if (request.type === 'crash') throw new Error('boom') // uncaught: this process dies
    process.send?.({ text: request.text.toUpperCase(), pid: process.pid } satisfies Reply)
  })
}
// #endregion child
