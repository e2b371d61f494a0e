// Loopback socket probes for tests.
import { connect } from 'node:net'

/** 'connected', or the error code a TCP connect to 127.0.0.1:port got (e.g. ECONNREFUSED). */
export function connectOutcome(port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    socket.once('connect', () => { socket.destroy(); resolve('connected') })
    socket.once('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? 'error'))
  })
}
