import { Piscina } from 'piscina'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { probeDuringCompute } from '../../../../snippets/concurrency/threads-processes-async/responsiveness.ts'
import { checksum, createReportService, ROUNDS } from './unblock.ts'
import type { ReportService } from './unblock.ts'

describe('unblock the loop', () => {
  let service: ReportService | undefined
  afterEach(async () => {
    await service?.close()
    service = undefined
    vi.restoreAllMocks()
  })

  it('/report returns the same checksum as before', async () => {
    service = createReportService()
    const response = await service.app.request('/report')
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ checksum: checksum(ROUNDS) })
  })

  it('a /health request issued while /report computes answers first, and fast', async () => {
    service = createReportService()
    await service.app.request('/report') // warm-up: a worker that loads on first use is fine
    const probe = await probeDuringCompute(service.app, '/report')
    expect(JSON.parse(probe.body)).toEqual({ checksum: checksum(ROUNDS) })
    expect(probe.healthFirst, '/health had to wait for /report: the checksum still runs on the main thread').toBe(true)
    expect(probe.healthMs).toBeLessThan(Math.max(50, probe.computeMs / 2))
  })

  it('one pool, created at startup, runs every report and is closed on shutdown', async () => {
    const run = vi.spyOn(Piscina.prototype, 'run')
    const close = vi.spyOn(Piscina.prototype, 'close')
    const destroy = vi.spyOn(Piscina.prototype, 'destroy')
    const local = createReportService()
    await local.app.request('/report')
    await local.app.request('/report')
    expect(run, '/report must run the checksum on a piscina pool').toHaveBeenCalledTimes(2)
    const [first, second] = run.mock.contexts
    expect(second, 'both reports must use the same pool: create it once, not per request').toBe(first)
    await local.close()
    const closed = [...close.mock.contexts, ...destroy.mock.contexts]
    expect(closed, 'close() must close (or destroy) the pool').toContain(first)
  })
})
