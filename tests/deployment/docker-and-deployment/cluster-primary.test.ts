import { type ChildProcess, spawn } from 'node:child_process'
import { get } from 'node:http'
import { fileURLToPath } from 'node:url'
import { afterEach, expect, it } from 'vitest'
import { recycleAfter } from '../../../snippets/deployment/docker-and-deployment/cluster-primary.ts'
import { until } from '../../support/timing.ts'

const ENTRY = fileURLToPath(new URL('../../../snippets/deployment/docker-and-deployment/cluster-primary.ts', import.meta.url))
let primary: ChildProcess | undefined
let lines: string[] = []

afterEach(async () => {
  if (primary && primary.exitCode === null) {
    const exited = new Promise(resolve => primary!.once('exit', resolve))
    primary.kill('SIGTERM') // retire the workers gracefully
    setTimeout(() => primary?.kill('SIGKILL'), 5_000).unref()
    await exited
  }
  primary = undefined
})

async function startCluster(env: Record<string, string>) {
  lines = []
  primary = spawn(process.execPath, [ENTRY], { env: { ...process.env, HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'inherit'] })
  primary.stdout?.on('data', (chunk: Buffer) => lines.push(...chunk.toString().split('\n').filter(Boolean)))
  await until(() => lines.some(l => l.startsWith('listening on')), 15_000)
  return Number(lines.find(l => l.startsWith('listening on'))?.split(' ').at(-1))
}

/** One request on a fresh connection (no keep-alive), like a client behind a balancer. */
const request = (port: number, path = '/') => new Promise<string>((resolve, reject) => {
  get({ host: '127.0.0.1', port, path, agent: false }, (res) => {
    let body = ''
    res.on('data', (c: Buffer) => { body += c })
    res.on('end', () => resolve(`${res.statusCode} ${body}`))
  }).on('error', reject)
})

it('recycleAfter spreads workers between max - jitter and max + jitter', () => {
  expect([recycleAfter(20, 5, () => 0), recycleAfter(20, 5, () => 0.999999), recycleAfter(10_000, 1_000, () => 0.5)])
    .toEqual([15, 25, 10_000])
})

it('max 20, jitter 5: workers are recycled after 15-25 requests and no request fails', async () => {
  const port = await startCluster({ WORKERS: '2', MAX_REQUESTS: '20', JITTER: '5', HEARTBEAT_MS: '100', TIMEOUT_MS: '5000' })
  const bodies: string[] = []
  const recycles = () => lines.filter(l => l.startsWith('recycle worker')).length
  while (recycles() < 3 && bodies.length < 5_000) bodies.push(await request(port)) // throws on failure
  await until(() => lines.filter(l => l.startsWith('retire worker')).length >= 3, 20_000)
  for (let i = 0; i < 10; i++) bodies.push(await request(port)) // served by the replacements
  expect(bodies.every(b => /^200 worker \d+$/.test(b))).toBe(true)
  const recycled = lines.filter(l => l.startsWith('recycle worker')).map(l => /after (\d+) requests/.exec(l)?.[1]).map(Number)
  expect(recycled.length).toBeGreaterThanOrEqual(3)
  for (const served of recycled) { expect(served).toBeGreaterThanOrEqual(15); expect(served).toBeLessThanOrEqual(25) }
  for (const line of lines.filter(l => l.startsWith('recycle worker'))) { // replaced, then retired
    const id = /worker (\d+)/.exec(line)?.[1]
    const retired = lines.indexOf(`retire worker ${id}`)
    if (retired >= 0) expect(lines.slice(lines.indexOf(line), retired).some(l => / ready$/.test(l))).toBe(true)
  }
  expect(new Set(bodies).size).toBeGreaterThanOrEqual(4) // replacements took over
}, 60_000)

it('a worker that stops heartbeating is killed and replaced within the timeout', async () => {
  const port = await startCluster({ WORKERS: '2', HEARTBEAT_MS: '100', TIMEOUT_MS: '1500' })
  const hung = request(port, '/hang').then(() => 'answered', () => 'connection dropped')
  const started = performance.now()
  await until(() => lines.some(l => l.includes('missed heartbeats')), 20_000)
  const ms = performance.now() - started
  expect(ms).toBeGreaterThanOrEqual(1_400)
  expect(ms).toBeLessThan(15_000)
  expect(await hung).toBe('connection dropped')
  expect(lines.find(l => l.includes('missed heartbeats'))).toMatch(/^worker \d+ missed heartbeats for 1500 ms: killed$/)
  expect(lines.some(l => / died$/.test(l))).toBe(false) // replaced by the watchdog, not twice
  await until(() => lines.includes('worker 3 ready'), 20_000)
  const after = await Promise.all(Array.from({ length: 6 }, () => request(port)))
  expect(after.every(b => /^200 worker \d+$/.test(b))).toBe(true)
  expect(new Set(after).has('200 worker 3')).toBe(true) // the replacement serves
}, 60_000)
