// A real, throwaway PostgreSQL for tests: Debian's PostgreSQL 15 in a fresh temp data directory,
// on 127.0.0.1 and a free port, trust auth, fsync off (nothing here must survive), stopped and
// deleted in teardown. Use it where PGlite (one connection) cannot show the behaviour: pools,
// locks, concurrency, COPY.
//
//   let pg: PostgresServer
//   beforeAll(async () => { pg = await startPostgresServer() }, 60_000)
//   afterAll(() => pg.stop())
//
// initdb refuses to run as root, so as root every server binary runs as the `postgres` user.
import { execFile } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { userInfo } from 'node:os'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { freePort } from './redis-server.ts'

export const POSTGRES_BIN_DIR = process.env.POSTGRES_BIN_DIR ?? '/usr/lib/postgresql/15/bin'
const HOST = '127.0.0.1'
const USER = 'kit'
const run = promisify(execFile)

export interface PostgresServer {
  host: string
  port: number
  user: string
  database: string
  /** `postgresql://kit@127.0.0.1:<port>/postgres`, for clients that take a URL. */
  url: string
  /** Stops the server (fast shutdown) and deletes its data directory. Safe to call twice. */
  stop: () => Promise<void>
}

/** Runs a PostgreSQL binary, as the `postgres` user when we are root. */
async function pgExec(bin: string, args: string[]): Promise<void> {
  const path = join(POSTGRES_BIN_DIR, bin)
  const asRoot = userInfo().uid === 0
  const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', path, ...args]] : [path, args]
  await run(cmd, argv, { timeout: 60_000 })
}

async function ownDataDir(dir: string): Promise<void> {
  if (userInfo().uid !== 0)
    return
  const { stdout } = await run('id', ['-u', 'postgres'])
  const uid = Number(stdout.trim())
  const { stdout: gidOut } = await run('id', ['-g', 'postgres'])
  chownSync(dir, uid, Number(gidOut.trim()))
}

/** Starts a fresh PostgreSQL 15 on 127.0.0.1 and a free port; resolves once it accepts queries. */
export async function startPostgresServer(): Promise<PostgresServer> {
  if (!existsSync(join(POSTGRES_BIN_DIR, 'initdb'))) {
    throw new Error(
      `PostgreSQL not found in ${POSTGRES_BIN_DIR}. These tests need a real server: install it with `
      + '`apt-get install -y postgresql` (or set POSTGRES_BIN_DIR to its bin folder).',
    )
  }
  const dir = mkdtempSync(join(tmpdir(), 'kit-pg-'))
  await ownDataDir(dir)
  const data = join(dir, 'data')
  await pgExec('initdb', ['-D', data, '-A', 'trust', '-U', USER, '--no-sync', '-E', 'UTF8', '--locale=C'])
  let lastError: unknown
  for (let tries = 0; tries < 3; tries++) {
    const port = await freePort()
    try {
      // -w: pg_ctl returns once the server accepts connections
      await pgExec('pg_ctl', ['-D', data, '-w', '-t', '30', '-l', join(dir, 'log'), '-o',
        `-p ${port} -k ${dir} -c listen_addresses=${HOST} -c fsync=off -c max_connections=50`, 'start'])
    }
    catch (err) {
      lastError = err // most likely the port was taken between probe and bind: try another one
      continue
    }
    let stopped = false
    const stop = async () => {
      if (stopped)
        return
      stopped = true
      await pgExec('pg_ctl', ['-D', data, '-w', '-m', 'fast', 'stop']).catch(() => {})
      rmSync(dir, { recursive: true, force: true })
    }
    return { host: HOST, port, user: USER, database: 'postgres', url: `postgresql://${USER}@${HOST}:${port}/postgres`, stop }
  }
  rmSync(dir, { recursive: true, force: true })
  throw new Error(`PostgreSQL did not start three times: ${String(lastError)}`)
}
