// Keep a sample of low-value, high-volume info lines; never sample away warnings or errors.
import type { KeepCompleted } from './request-logging.ts'

export interface SamplingOptions {
  rate?: number // the guide keeps 1% of health checks
  paths?: readonly string[]
  random?: () => number // injected so tests can decide the draw
}

// #region sample-health
export const sampleHealth = ({
  rate = 0.01,
  paths = ['/health'],
  random = Math.random, // injected by tests
}: SamplingOptions = {}): KeepCompleted =>
  (path, status) =>
    status >= 400 // a failing check: always
    || !paths.includes(path) // other paths: always
    || random() < rate // health OK: 1 in 100

// app.use(requestLogging(log, sampleHealth()))
// #endregion sample-health
