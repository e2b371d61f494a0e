// Tests and CLI tools inject a capture destination instead of reconfiguring the app's logger.
// A real Writable, so pino, pino.multistream and pino-pretty can all write into it.
import { Writable } from 'node:stream'

export type LogRecord = Record<string, unknown>

// #region memory-destination
export function memoryDestination() {
  const chunks: string[] = []
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk))               // pino writes synchronously: no waiting
      done()
    },
  })
  const lines = () => chunks.join('').split('\n').filter(line => line !== '')
  const records = (): LogRecord[] => lines().map(line => JSON.parse(line))
  return Object.assign(stream, { lines, records })
}
// #endregion memory-destination
