// One throwaway Redis per test file (and a client of it, on first use), a key prefix per test,
// and teardown after each test in reverse order of setup (workers before queues before connections).
//
//   const bed = redisTestBed()
//   it('…', async () => { const queue = new Queue(bed.prefix('q'), { connection: bed.connection() }); bed.cleanup(() => queue.close()) })
import { Redis, type RedisOptions } from 'ioredis'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { startRedisServer, type RedisServer } from './redis-server.ts'

export interface RedisTestBed {
  /** The file's server, started in beforeAll. */
  readonly server: RedisServer
  /** A client of the server with the bed's options, connected on first use, quit after the file. */
  readonly redis: Redis
  /** `{ host, port }` of the server, as BullMQ and ioredis take it. */
  connection: () => { host: string, port: number }
  /** Steps to run after the current test; the last registered runs first. */
  cleanup: (...steps: (() => Promise<unknown>)[]) => void
  /** A name no other test of this run uses (queues and keys of tests must not meet). */
  prefix: (tag: string) => string
}

export function redisTestBed(clientOptions: RedisOptions = {}): RedisTestBed {
  let server: RedisServer | undefined
  let client: Redis | undefined
  let steps: (() => Promise<unknown>)[] = []
  let seq = 0
  beforeAll(async () => { server = await startRedisServer() })
  afterEach(async () => {
    for (const step of steps.reverse()) await step()
    steps = []
  })
  afterAll(async () => {
    await client?.quit()
    await server?.stop()
  })
  const bed: RedisTestBed = {
    get server() {
      if (!server)
        throw new Error('the Redis server starts in beforeAll: use it inside a test or a hook')
      return server
    },
    get redis() {
      return client ??= new Redis(bed.server.port, bed.server.host, clientOptions)
    },
    connection: () => ({ host: bed.server.host, port: bed.server.port }),
    cleanup: (...more) => { steps.push(...more) },
    prefix: tag => `${tag}${process.pid}-${++seq}`,
  }
  return bed
}
