// Python's level names mapped onto pino's. Names differ, and so do the numbers
// (Python 10..50, pino 10..60), so never compare numeric levels across the two.
import type { Level } from 'pino'

// #region mapping
const FROM_PYTHON = new Map<string, Level>([
  ['DEBUG', 'debug'],        // detailed information while developing
  ['INFO', 'info'],          // normal operation
  ['WARNING', 'warn'],       // unexpected, but nothing failed
  ['ERROR', 'error'],        // an operation failed, the app continues
  ['CRITICAL', 'fatal'],     // severe: the app may not recover
])                           // pino adds `trace` below debug

export function fromPythonLevel(name: string): Level {
  const level = FROM_PYTHON.get(name.toUpperCase())
  if (!level) {
    const valid = [...FROM_PYTHON.keys()].join(', ')
    throw new RangeError(`unknown level "${name}"; use one of ${valid}`)
  }
  return level
}
// #endregion mapping

/** pino's numeric values, as `pino.levels.values` defines them (checked by the test). */
export const PINO_LEVEL_VALUES: Readonly<Record<Level, number>> = {
  trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60,
}
