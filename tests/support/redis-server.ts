// A real, throwaway Redis for tests: Debian's redis-server on 127.0.0.1 and a free port, nothing
// persisted (`--save '' --appendonly no`), ready once it answers PING, stopped in teardown.
//
//   let redis: RedisServer
//   beforeAll(async () => { redis = await startRedisServer() })
//   afterAll(() => redis.stop())
//
// Each test should still use its own key prefix: one server is shared by a whole test file.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createConnection, createServer } from 'node:net'
import { tmpdir } from 'node:os'

export const REDIS_SERVER_BIN = process.env.REDIS_SERVER_BIN ?? '/usr/bin/redis-server'
const HOST = '127.0.0.1'
const READY_WITHIN_MS = 5_000

export interface RedisServer {
  host: string
  port: number
  /** `redis://127.0.0.1:<port>`, for clients that take a URL. */
  url: string
  /** The server's process id (a test may kill it to simulate an outage). */
  pid: number
  /** Stops the server and waits for its process to exit. Safe to call twice. */
  stop: () => Promise<void>
}

/** A port the OS just handed out, released again so redis-server can bind it. */
export async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, HOST, resolve)
  })
  const address = server.address()
  await new Promise<void>(resolve => server.close(() => resolve()))
  if (address === null || typeof address === 'string')
    throw new Error('could not read the port of a probe socket')
  return address.port
}

/** Sends one inline PING; true when the server answers +PONG. */
function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: HOST, port })
    const done = (ok: boolean) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(500, () => done(false))
    socket.once('error', () => done(false))
    socket.once('connect', () => socket.write('PING\r\n'))
    socket.once('data', chunk => done(chunk.toString().startsWith('+PONG')))
  })
}

const exited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null

function waitForExit(child: ChildProcess): Promise<void> {
  return exited(child) ? Promise.resolve() : new Promise(resolve => child.once('exit', () => resolve()))
}

async function startOnce(port: number): Promise<RedisServer | undefined> {
  const child = spawn(REDIS_SERVER_BIN, [
    '--port', String(port),
    '--bind', HOST,
    '--save', '',
    '--appendonly', 'no',
    '--dir', tmpdir(),
    '--daemonize', 'no',
    '--loglevel', 'warning',
  ], { stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => { stderr += chunk.toString() })
  const spawnError = new Promise<Error>(resolve => child.once('error', resolve))

  const started = Date.now()
  while (Date.now() - started < READY_WITHIN_MS) {
    const failed = await Promise.race([spawnError, new Promise<undefined>(r => setTimeout(r, 25, undefined))])
    if (failed)
      throw new Error(`could not start ${REDIS_SERVER_BIN}: ${failed.message}`)
    if (exited(child))
      return undefined // most likely the port was taken between probe and bind: try another one
    if (await ping(port)) {
      const stop = async () => {
        if (!exited(child))
          child.kill('SIGTERM')
        await waitForExit(child)
      }
      return { host: HOST, port, url: `redis://${HOST}:${port}`, pid: child.pid ?? -1, stop }
    }
  }
  child.kill('SIGKILL')
  await waitForExit(child)
  throw new Error(`redis-server on port ${port} did not answer PING within ${READY_WITHIN_MS} ms${stderr ? `: ${stderr.trim()}` : ''}`)
}

/** Starts a fresh redis-server on 127.0.0.1 and a free port. */
export async function startRedisServer(): Promise<RedisServer> {
  if (!existsSync(REDIS_SERVER_BIN)) {
    throw new Error(
      `redis-server not found at ${REDIS_SERVER_BIN}. These tests need a real Redis: `
      + 'install it with `apt-get install -y redis-server` (or set REDIS_SERVER_BIN to its path).',
    )
  }
  for (let tries = 0; tries < 3; tries++) {
    const server = await startOnce(await freePort())
    if (server)
      return server
  }
  throw new Error('redis-server exited right after start three times (ports taken?)')
}
