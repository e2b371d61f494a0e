// Three fake vendors on loopback (real timers, real sockets): the fastest HEALTHY provider wins,
// losers are closed within 50 ms of the winner's first chunk, permits return, total failure is an
// AggregateError.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { type FleetMember, startFleet, stopFleet } from '../../../../snippets/safe-api-calls/streaming-advanced/raceFleet.ts'
import { firstResponder } from './fastestProvider.ts'

let fleet: FleetMember[] = []
afterEach(async () => {
  await stopFleet(fleet) // ends every socket, also those a starter forgot to abort
  fleet = []
})
const never = new AbortController().signal
const member = (name: string) => fleet.find(m => m.name === name)!

describe('firstResponder (exercise)', () => {
  it('A wins although C failed first; B is closed within 50 ms of A\'s first chunk; permits return', async () => {
    fleet = await startFleet() // A: first token at 50 ms · B: at 300 ms · C: HTTP 500 at once
    const ids: string[] = []
    let firstAt = 0
    for await (const chunk of firstResponder(fleet.map(m => m.provider), never)) {
      firstAt ||= Date.now()
      ids.push(chunk.id ?? '?')
    }
    expect(ids).toEqual(Array.from({ length: 20 }, (_, i) => String(i)))
    await vi.waitFor(() => expect(member('B').server.stats.clientCloses).toHaveLength(1), { timeout: 1_000 })
    expect(member('B').server.stats.clientCloses[0]!.at - firstAt).toBeLessThan(50)
    await vi.waitFor(() => expect(fleet.map(m => m.permits.available)).toEqual([1, 1, 1]), { timeout: 1_000 })
  })

  it('every provider failing -> AggregateError with one cause per provider', async () => {
    fleet = await startFleet({ A: { status: 500 }, B: { status: 503 }, C: { status: 400 } })
    const err = await (async () => {
      for await (const _ of firstResponder(fleet.map(m => m.provider), never)) { /* nothing arrives */ }
    })().catch((e: unknown) => e)
    expect(err).toBeInstanceOf(AggregateError)
    expect((err as AggregateError).errors).toHaveLength(3)
  })

  it('a consumer that stops after 5 chunks ends the winner\'s request too', async () => {
    fleet = await startFleet({ A: { ttftMs: 20, chunks: 50, gapMs: 5 } })
    let n = 0
    for await (const _ of firstResponder(fleet.map(m => m.provider), never)) {
      if (++n === 5) break
    }
    await vi.waitFor(() => expect(member('A').server.stats.clientCloses).toHaveLength(1), { timeout: 1_000 })
    expect(member('A').permits.available).toBe(1)
  })
})
