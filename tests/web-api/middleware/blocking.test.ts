// Real time on purpose: the event loop itself is what is measured.
import { describe, expect, it } from 'vitest'
import { asyncAuthCheck, burst, syncAuthCheck } from '../../../snippets/web-api/middleware/blocking.ts'
import type { Burst } from '../../../snippets/web-api/middleware/blocking.ts'
import { captureConsole } from '../../support/capture-console.ts'

/** The best of three runs: two shared cores can deschedule the whole process now and then,
 *  which delays the loop without any middleware doing it. Blocking shows in every run. */
async function bestOf3(run: () => Promise<Burst>): Promise<Burst> {
  const runs = [await run(), await run(), await run()]
  return runs.reduce((a, b) => (b.loopDelayP99Ms + b.totalMs < a.loopDelayP99Ms + a.totalMs ? b : a))
}

describe('blocking the event loop in middleware', () => {
  it('ten concurrent requests through a sync middleware take ~10x one; the async variant ~1x', async () => {
    await burst(asyncAuthCheck(1), 1) // warm-up
    const one = await burst(syncAuthCheck(40), 1)
    const sync = await burst(syncAuthCheck(40), 10)
    const async = await bestOf3(() => burst(asyncAuthCheck(40), 10))
    expect(one.totalMs).toBeGreaterThanOrEqual(39)
    expect(sync.totalMs).toBeGreaterThanOrEqual(10 * 39) // serialised: one after the other
    expect(sync.totalMs / one.totalMs).toBeGreaterThan(6)
    expect(async.totalMs).toBeLessThan(40 * 5) // overlapped (serialised would be 400 ms)
    expect(async.totalMs / one.totalMs).toBeLessThan(4)
  })

  it('monitorEventLoopDelay p99 exceeds 100 ms only for the sync variant', async () => {
    const sync = await burst(syncAuthCheck(40), 10)
    const async = await bestOf3(() => burst(asyncAuthCheck(40), 10))
    expect(sync.loopDelayP99Ms).toBeGreaterThan(100)
    expect(async.loopDelayP99Ms).toBeLessThan(100)
  })

  it('demo classifies both variants', async () => {
    const lines = await captureConsole(() => import('../../../snippets/web-api/middleware/blocking.demo.ts'))
    expect(lines).toEqual([
      'sync: 10 requests took about 10x one check; the loop stalled',
      'async: 10 requests took about 1x one check; the loop stayed responsive',
    ])
  })
})
