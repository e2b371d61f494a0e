import { Agent, fetch } from 'undici'
import { afterEach, expect, it } from 'vitest'
import { startEntry } from '../../../../snippets/deployment/docker-and-deployment/graceful-shutdown.ts'
import { freePort } from '../../../../tests/support/redis-server.ts'
import { connectOutcome } from '../../../../tests/support/net.ts'
import { ENTRY } from './shutdown.ts'

let entry: ReturnType<typeof startEntry> | undefined
let agent: Agent | undefined
afterEach(async () => {
  if (entry && entry.child.exitCode === null && entry.child.signalCode === null) { entry.child.kill('SIGKILL'); await entry.exited }
  entry = undefined
  await agent?.close()
  agent = undefined
})

async function boot(env: Record<string, string>) {
  entry = startEntry({ DATABASE_URL: `postgresql://app@127.0.0.1:${await freePort()}/appdb`,
    REDIS_URL: `redis://127.0.0.1:${await freePort()}/0`, ...env }, ENTRY)
  const port = Number((await entry.waitFor(/^listening on/)).split(' ').at(-1))
  agent = new Agent({ connections: 20 })
  return { port, url: `http://127.0.0.1:${port}` }
}

it('SIGTERM with 10 slow requests in flight loses nothing and exits 0', async () => {
  const { port, url } = await boot({ UNREADY_DELAY_MS: '1000', SHUTDOWN_DEADLINE_MS: '20000' })
  const responses = Array.from({ length: 10 }, () => fetch(`${url}/slow?ms=2500`, { dispatcher: agent })
    .then(async res => `${res.status} ${(await res.text()).length}`, (err: unknown) => `failed: ${String(err)}`))
  await new Promise(resolve => setTimeout(resolve, 300)) // let the 10 requests arrive
  entry!.child.kill('SIGTERM')
  await Promise.race([entry!.waitFor(/^shutdown: not ready$/), entry!.exited])
  const ready = await fetch(`${url}/ready`, { dispatcher: new Agent() }).then(r => r.status, () => 'refused')
  expect(ready).toBe(503) // readiness turns 503 before the server closes
  await Promise.race([entry!.waitFor(/^shutdown: stopped accepting$/), entry!.exited])
  expect(await connectOutcome(port)).toBe('ECONNREFUSED')
  expect(await Promise.all(responses)).toEqual(Array(10).fill('200 1005'))
  expect(await entry!.exited).toBe(0)
  expect(entry!.lines.filter(l => l.startsWith('closed ') || l.startsWith('exit ')))
    .toEqual(['closed redis', 'closed http agent', 'closed database pool', 'exit 0'])
}, 20_000)

it('a request longer than the deadline: exit code 1 within the deadline', async () => {
  const { url } = await boot({ UNREADY_DELAY_MS: '0', SHUTDOWN_DEADLINE_MS: '500' })
  const stuck = fetch(`${url}/slow?ms=60000`, { dispatcher: agent }).then(() => 'answered', () => 'cut')
  await new Promise(resolve => setTimeout(resolve, 300))
  const signalled = performance.now()
  entry!.child.kill('SIGTERM')
  expect(await entry!.exited).toBe(1)
  expect(performance.now() - signalled).toBeLessThan(10_000)
  expect(await stuck).toBe('cut')
  expect(entry!.lines).toContain('shutdown: deadline reached')
}, 20_000)
