// SSE resumption in-process (the browser path): ids on every event, Last-Event-ID resumes after
// the id, an unknown or expired id restarts cleanly with an `event: restart`.
import { Hono } from 'hono'
import { beforeEach, describe, expect, it } from 'vitest'
import { inProcessTransport, localQueuePhase } from '../../../snippets/safe-api-calls/call-patterns/callLlm.ts'
import { Semaphore } from '../../../snippets/safe-api-calls/core-concepts/semaphore.ts'
import { TokenBucket } from '../../../snippets/safe-api-calls/core-concepts/tokenBucket.ts'
import { registerResumableRoute } from '../../../snippets/safe-api-calls/streaming-advanced/clientResume.ts'
import { MemoryCheckpointStore } from '../../../snippets/safe-api-calls/streaming-advanced/resumableStream.ts'
import { createFakeLlm, type FakeLlm } from '../../../snippets/shared/fake-llm/app.ts'

interface SseEvent { event: string | undefined, id: string | undefined, data: string }

function parse(text: string): SseEvent[] {
  return text.split('\n\n').filter(b => b.trim() !== '').map((block) => {
    const field = (name: string) => block.split('\n').find(l => l.startsWith(`${name}:`))?.slice(name.length + 1).trim()
    return { event: field('event'), id: field('id'), data: field('data') ?? '' }
  })
}

let fake: FakeLlm
let app: Hono
let now = 0
let permits: Semaphore

beforeEach(() => {
  fake = createFakeLlm({ plan: { chunks: 12 } })
  permits = new Semaphore(2)
  app = new Hono()
  registerResumableRoute(app, {
    provider: 'fake',
    store: new MemoryCheckpointStore(60_000, () => now),
    stream: {
      transport: inProcessTransport(fake.app), url: 'http://fake/v1/chat/completions',
      queue: localQueuePhase(new TokenBucket({ ratePerSec: 1_000, burst: 100 }), permits, 200),
      clocks: { ttftMs: 1_000, idleMs: 1_000 }, backoff: { baseMs: 10, capMs: 50 },
    },
  })
})

const get = async (path: string, lastEventId?: string) =>
  parse(await (await app.request(path, { headers: lastEventId === undefined ? {} : { 'last-event-id': lastEventId } })).text())

describe('clientResume', () => {
  it('every forwarded event carries an increasing id, then [DONE]', async () => {
    const events = await get('/v1/streams/s1?q=hello')
    const ids = events.filter(e => e.id !== undefined).map(e => Number(e.id))
    expect(ids).toEqual([...Array(12).keys()])
    expect(events.at(-1)?.data).toBe('[DONE]')
    expect(permits.available).toBe(2)
  })

  it('a reconnect with Last-Event-ID: 7 receives events from 8 onward only, with the same content', async () => {
    const full = await get('/v1/streams/s2?q=hello')
    const resumed = await get('/v1/streams/s2', '7')
    expect(resumed.filter(e => e.id !== undefined).map(e => e.id)).toEqual(['8', '9', '10', '11'])
    expect(resumed.slice(0, 4)).toEqual(full.slice(8, 12)) // the same chunks, nothing before 8
    expect(fake.stats.log.at(-1)?.chunksSent).toBe(4) // the upstream resumed too: 4 chunks, not 12
  })

  it('an unknown or expired id restarts cleanly: an `event: restart`, then the stream from 0', async () => {
    await get('/v1/streams/s3?q=hello')
    now += 61_000 // the checkpoint expired
    const expired = await get('/v1/streams/s3?q=hello', '7')
    expect(expired[0]).toMatchObject({ event: 'restart', data: JSON.stringify({ reason: 'unknown_event_id' }) })
    expect(expired[1]?.id).toBe('0')
    const unknown = await get('/v1/streams/never-seen?q=hello', '99')
    expect(unknown[0]?.event).toBe('restart')
    expect(unknown.filter(e => e.id !== undefined)).toHaveLength(12)
  })

  it('a resume request for a stream we know nothing about, without a prompt, is a real 404', async () => {
    const res = await app.request('/v1/streams/ghost', { headers: { 'last-event-id': '3' } })
    expect(res.status).toBe(404)
  })
})
