// A teaching model of structlog's processor chain. pino's pipeline has the same stages,
// in an order pino fixes for you; this model lets you reorder them and see why order matters.
export type EventDict = Readonly<Record<string, unknown>>
/** Once rendered, an event is a string: key-based steps can no longer see its fields. */
export type LogEvent = EventDict | string

// #region chain
export const DROP = Symbol('drop')
export type Step = (e: LogEvent) => LogEvent | typeof DROP

/** The rendered line, or undefined when a step dropped it. */
export function runChain(steps: Step[], event: EventDict) {
  let current: LogEvent = event
  for (const step of steps) {
    const next = step(current)
    if (next === DROP)
      return undefined // later steps never run
    current = next
  }
  return typeof current === 'string'
    ? current
    : JSON.stringify(current)
}
// #endregion chain

type FieldStep = (e: EventDict) => LogEvent | typeof DROP
/** A step that works on fields; a rendered string passes through untouched. */
const fields = (step: FieldStep): Step =>
  e => (typeof e === 'string' ? e : step(e))

// #region processors
export const addLevel = (level: string) =>
  fields(e => ({ level, ...e }))
export const addTimestamp = (now: () => Date) =>
  fields(e => ({ ...e, time: now().toISOString() }))
export const redact = (keys: string[]) =>
  fields(e => Object.fromEntries(Object.entries(e).map(
    ([k, v]) => [k, keys.includes(k) ? '[REDACTED]' : v])))
export const dropPath = (path: string) =>
  fields(e => (e.path === path ? DROP : e))
export const renderJson: Step = e =>
  (typeof e === 'string' ? e : JSON.stringify(e))
// #endregion processors
