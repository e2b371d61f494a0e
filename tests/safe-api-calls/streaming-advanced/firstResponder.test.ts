// First response wins against three real fake vendors on loopback (real timers): the winner's full
// stream, losers closed within 50 ms, permits back, early failures ignored, AggregateError when
// all fail, and a consumer that stops also ends the winner.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { firstResponder } from '../../../snippets/safe-api-calls/streaming-advanced/firstResponder.ts'
import { type FleetMember, startFleet, stopFleet } from '../../../snippets/safe-api-calls/streaming-advanced/raceFleet.ts'
import { lagMonitor } from '../../support/timing.ts'

let fleet: FleetMember[] = []
afterEach(async () => {
  await vi.waitFor(() => expect(fleet.every(m => m.server.stats.inFlight === 0)).toBe(true))
  expect(fleet.every(m => m.permits.available === 1)).toBe(true)
  await stopFleet(fleet)
  fleet = []
})

const never = new AbortController().signal
const member = (name: string) => fleet.find(m => m.name === name)!

describe('firstResponder', () => {
  it('A (50 ms) wins over B (300 ms) and C (500): A\'s 20 chunks in order; B closed within 50 ms; permits back before A ends', async () => {
    fleet = await startFleet()
    using lag = lagMonitor()
    const winners: string[] = []
    const texts: string[] = []
    let firstAt = 0
    let losersFreeAtEnd = false
    for await (const chunk of firstResponder(fleet.map(m => m.provider), never, { onWinner: w => winners.push(w) })) {
      firstAt ||= Date.now()
      texts.push(chunk.id ?? '?')
      if (texts.length === 20)
        losersFreeAtEnd = member('B').permits.available === 1 && member('C').permits.available === 1
    }
    expect(winners).toEqual(['A'])
    expect(texts).toEqual(Array.from({ length: 20 }, (_, i) => String(i))) // in order, none missing: the rest was read from an OPEN response
    expect(losersFreeAtEnd).toBe(true)
    await vi.waitFor(() => expect(member('B').server.stats.clientCloses).toHaveLength(1))
    const closeB = member('B').server.stats.clientCloses[0]!
    expect(closeB.at - firstAt).toBeLessThan(await lag.slack()) // at once: well before B's 300 ms
    expect(closeB.chunksSent).toBe(0) // B never got to bill a token
    expect(member('C').server.stats.log[0]?.status).toBe(500) // C failed first; the race went on
  })

  it('the earliest finisher fails and a slower provider succeeds: the slower one wins', async () => {
    fleet = await startFleet({ fast: { status: 503 }, slow: { ttftMs: 100, chunks: 5 } })
    const winners: string[] = []
    let n = 0
    for await (const _ of firstResponder(fleet.map(m => m.provider), never, { onWinner: w => winners.push(w) })) n++
    expect(winners).toEqual(['slow'])
    expect(n).toBe(5)
  })

  it('all three failing -> AggregateError with three causes and no open upstream requests', async () => {
    fleet = await startFleet({ A: { status: 500 }, B: { status: 503 }, C: { status: 400 } })
    const err = await (async () => {
      for await (const _ of firstResponder(fleet.map(m => m.provider), never)) { /* never reached */ }
    })().catch((e: unknown) => e)
    expect(err).toBeInstanceOf(AggregateError)
    expect((err as AggregateError).errors.map(e => (e as { status?: number }).status)).toEqual([500, 503, 400])
    expect(fleet.map(m => m.server.stats.inFlight)).toEqual([0, 0, 0])
  })

  it('a consumer stopping after 5 chunks also aborts the winner', async () => {
    fleet = await startFleet()
    let n = 0
    for await (const _ of firstResponder(fleet.map(m => m.provider), never)) {
      if (++n === 5) break
    }
    await vi.waitFor(() => expect(member('A').server.stats.clientCloses).toHaveLength(1))
    expect(member('A').server.stats.clientCloses[0]!.chunksSent).toBeLessThan(20)
  })

  it('hedging: B is never started when A answers within the hedge delay', async () => {
    fleet = await startFleet({ A: { ttftMs: 20, chunks: 3 }, B: { chunks: 3 } })
    let n = 0
    for await (const _ of firstResponder(fleet.map(m => m.provider), never, { hedgeMs: 200 })) n++
    expect(n).toBe(3)
    expect(member('B').server.stats.requests).toBe(0) // no token, no permit, no vendor work spent
  })
})
