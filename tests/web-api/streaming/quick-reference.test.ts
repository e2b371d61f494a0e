import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { listen } from '../../../snippets/web-api/http-and-parameters/listen.ts'
import type { Listening } from '../../../snippets/web-api/http-and-parameters/listen.ts'
import { createQuickApp } from '../../../snippets/web-api/streaming/quick-reference.ts'
import { sseReader } from './sse-reader.ts'

let upstream: Listening | undefined
let dir = ''
afterEach(async () => {
  await upstream?.close()
  upstream = undefined
  if (dir) await rm(dir, { recursive: true, force: true })
})

describe('quick reference', () => {
  it('the SSE endpoint, the download and the proxy work end to end', async () => {
    dir = await mkdtemp(join(tmpdir(), 'kit-quick-'))
    const file = join(dir, 'data.csv')
    await writeFile(file, 'a,b\n1,2\n')
    const sseSource = createQuickApp(file, 'http://unused')
    upstream = await listen(sseSource)
    const app = createQuickApp(file, `${upstream.url}/events`)

    const events = sseReader(await app.request('/events'))
    const ticks: string[] = []
    for (let r = await events.read(); !r.done; r = await events.read()) ticks.push(r.value.data)
    expect(ticks).toEqual(['tick 1', 'tick 2', 'tick 3'])

    const dl = await app.request('/download')
    expect(dl.headers.get('content-length')).toBe('8')
    expect(await dl.text()).toBe('a,b\n1,2\n')

    const proxied = await app.request('/proxy')
    expect(proxied.headers.get('x-accel-buffering')).toBe('no')
    expect(await proxied.text()).toBe('data: tick 1\n\ndata: tick 2\n\ndata: tick 3\n\n')
    const bad = createQuickApp(file, `${upstream.url}/missing`)
    expect((await bad.request('/proxy')).status).toBe(502)
  })
})
