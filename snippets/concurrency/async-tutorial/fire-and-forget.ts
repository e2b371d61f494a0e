// A Promise nobody awaits, stores or handles: no result, no cancel, and in Node its rejection
// ends the process. Supervision keeps a handle on every background task, logs failures with
// context and lets shutdown drain them. Node only (the child-process variants).
import { setTimeout as sleep } from 'node:timers/promises'
import { runExportInChild } from './run-in-child.ts'
import type { ChildRun } from './run-in-child.ts'

export async function sendConfirmation(orderId: number): Promise<void> {
  await sleep(20)
  throw new Error(`SMTP refused the mail for order ${orderId}`)
}

// #region unsupervised
export function placeOrderUnsupervised(orderId: number): string {
  sendConfirmation(orderId) // floating: no await, no handle, nobody handles its error
  return `order ${orderId} placed` // the response goes out; 20 ms later Node crashes
}
// #endregion unsupervised

// #region supervised
export function createSupervisor(log: (line: string) => void) {
  const inFlight = new Set<Promise<void>>()
  const supervise = (name: string, work: Promise<unknown>, context: Record<string, unknown> = {}) => {
    const tracked: Promise<void> = work.then(() => {}, (error: unknown) => {
      const fields = Object.entries(context).map(([k, v]) => `${k}=${String(v)}`).join(' ')
      log(`background task failed: task=${name} ${fields} error="${String(error)}"`)
    }).finally(() => inFlight.delete(tracked))
    inFlight.add(tracked) // a handle on every task, until it settles
  }
  /** Shutdown: wait for the tasks in flight (a job queue is the answer for durable work). */
  const drain = async () => { while (inFlight.size > 0) await Promise.all(inFlight) }
  return { supervise, drain, get inFlight() { return inFlight.size } }
}
// #endregion supervised

export function placeOrderSupervised(orderId: number, supervisor: ReturnType<typeof createSupervisor>) {
  supervisor.supervise('send-confirmation', sendConfirmation(orderId), { orderId })
  return `order ${orderId} placed`
}

export async function unsupervisedMain() {
  console.log(placeOrderUnsupervised(42))
  await sleep(100) // the server keeps running...
  console.log('still serving')
}
export async function supervisedMain() {
  const supervisor = createSupervisor(console.log)
  console.log(placeOrderSupervised(42, supervisor))
  await sleep(100)
  console.log('still serving')
  await supervisor.drain()
}

export const runVariant = (variant: 'unsupervisedMain' | 'supervisedMain'): Promise<ChildRun> =>
  runExportInChild(import.meta.url, variant)
