// Real pino output, captured: an in-memory destination collects each JSON line the logger writes
// (synchronously), and `records()` parses them. No mocked logger anywhere.
import type { DestinationStream } from 'pino'

export type LogRecord = Record<string, unknown> & { msg?: string, level?: string | number }

export interface Capture {
  destination: DestinationStream
  lines: string[]
  records: () => LogRecord[]
}

export function captureLines(): Capture {
  const lines: string[] = []
  return {
    lines,
    destination: { write: (chunk: string) => { lines.push(...chunk.split('\n').filter(Boolean)) } },
    records: () => lines.map(line => JSON.parse(line) as LogRecord),
  }
}
