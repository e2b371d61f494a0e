// Helpers for the logging tests: temporary folders and closing what a logger opened.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pino } from 'pino'
import type { Logger } from 'pino'

export function tempDir(): { path: string, remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), 'kit-logging-'))
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) }
}

/** The JSON lines of a log file, parsed. */
export function readLines(file: string): Array<Record<string, unknown>> {
  return readFileSync(file, 'utf8').split('\n').filter(line => line !== '').map(line => JSON.parse(line))
}

/** Ends a destination once: a file's SonicBoom, or each stream of a pino.multistream. */
function endStream(stream: unknown): void {
  if (!stream || typeof stream !== 'object' || Reflect.get(stream, 'destroyed') === true)
    return
  const inner: unknown = Reflect.get(stream, 'streams')
  if (Array.isArray(inner)) {
    inner.forEach((entry: unknown) => endStream(entry && typeof entry === 'object' ? Reflect.get(entry, 'stream') : undefined))
    return
  }
  const end: unknown = Reflect.get(stream, 'end')
  if (typeof end === 'function')
    end.call(stream)
}

/** Ends the destination a logger writes to. */
export function closeLogger(logger: Logger): void {
  endStream(Reflect.get(logger, pino.symbols.streamSym))
}

/** Loggers a test opened, closed together (each once) in afterEach. */
export function openedLoggers() {
  const opened = new Set<Logger>()
  return {
    keep: <T extends Logger>(logger: T): T => (opened.add(logger), logger),
    closeAll: () => {
      opened.forEach(closeLogger)
      opened.clear()
    },
  }
}
