// Fire-and-forget work after the response: an un-awaited rejected promise is an
// unhandledRejection, and Node's default (since 15) is to crash the process.
export type TaskLog = (entry: { level: 'error', task: string, err: unknown }) => void

// #region fire-and-forget
/** Start background work without awaiting it; its failure is logged, never fatal. */
export function fireAndForget(task: string, work: () => Promise<unknown>, log: TaskLog): void {
  // Promise.resolve().then also catches a synchronous throw inside work().
  void Promise.resolve().then(work).catch((err: unknown) => log({ level: 'error', task, err }))
}

/** Last line of defence: log what slipped through, then decide deliberately to exit. */
export function logUnhandledRejections(log: TaskLog, exit: (code: number) => void) {
  process.on('unhandledRejection', (err) => {
    log({ level: 'error', task: 'unhandledRejection', err })
    exit(1) // state may be corrupt: let the orchestrator restart us
  })
}
// #endregion fire-and-forget

// #region unwrapped
export async function sendWelcomeEmail(to: string): Promise<void> {
  throw new Error(`SMTP relay refused mail for ${to}`)
}

export function afterSignupUnwrapped(email: string) {
  void sendWelcomeEmail(email) // nobody awaits, nobody catches: the process dies
}
// #endregion unwrapped
