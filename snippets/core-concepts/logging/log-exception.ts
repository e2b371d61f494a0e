// Logging an exception with its stack: Python's logger.exception() picks up the active exception;
// pino records only what you pass, under the `err` key.
import type { Logger } from 'pino'

export class ModelLoadError extends Error {
  override name = 'ModelLoadError'
}

export function readWeights(path: string): never {
  const io = Object.assign(new Error(`ENOENT: no such file, open '${path}'`), { code: 'ENOENT' })
  throw new ModelLoadError(`cannot load model from ${path}`, { cause: io })
}

// #region err-key
export function loadModel(path: string, log: Logger): boolean {
  try {
    readWeights(path)
  }
  catch (err) {
    // err: type, message, stack (and causes); path: the context for the reader
    log.error({ err, path }, 'model load failed, serving without it')
    return false
  }
  return true
}
// #endregion err-key
