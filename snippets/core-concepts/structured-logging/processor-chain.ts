// A teaching model of structlog's processor chain. pino's pipeline has the same stages,
// in an order pino fixes for you; this model lets you reorder them and see why order matters.
export type EventDict = Readonly<Record<string, unknown>>
/** Once rendered, an event is a string: key-based steps can no longer see its fields. */
export type LogEvent = EventDict | string

// #region chain
export const DROP = Symbol('drop')
export type Processor = (event: LogEvent) => LogEvent | typeof DROP

/** Runs the steps in order; returns the rendered line, or undefined when a step dropped it. */
export function runChain(steps: readonly Processor[], event: EventDict): string | undefined {
  let current: LogEvent = event
  for (const step of steps) {
    const next = step(current)
    if (next === DROP)
      return undefined // later steps never run
    current = next
  }
  return typeof current === 'string' ? current : JSON.stringify(current)
}
// #endregion chain

const fields = (step: (e: EventDict) => LogEvent | typeof DROP): Processor =>
  event => (typeof event === 'string' ? event : step(event))

// #region processors
export const addLevel = (level: string) => fields(e => ({ level, ...e }))
export const addTimestamp = (now: () => Date) => fields(e => ({ ...e, time: now().toISOString() }))

export const redact = (keys: readonly string[]) => fields(e => Object.fromEntries(
  Object.entries(e).map(([k, v]) => [k, keys.includes(k) ? '[REDACTED]' : v]),
))

export const dropPath = (path: string) => fields(e => (e.path === path ? DROP : e))

export const renderJson: Processor = event => (typeof event === 'string' ? event : JSON.stringify(event))
// #endregion processors
