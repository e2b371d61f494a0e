import { describe, expect, it } from 'vitest'
import { actualMax, expectedInFlight } from './envelope.ts'

describe('expectedInFlight', () => {
  it('is rate x timeout with the guide numbers', () => {
    expect(expectedInFlight(1, 30_000, 0)).toBe(30)
    expect(expectedInFlight(2, 10_000, 0)).toBe(20)
  })
  it('adds the burst a full bucket admits at t=0', () => {
    expect(expectedInFlight(1, 30_000, 1)).toBe(31)
    expect(expectedInFlight(1, 60_000, 60)).toBe(120)
  })
})

describe('actualMax', () => {
  it('is the smaller of connections and permits under HTTP/1.1', () => {
    expect(actualMax({ connections: 50, permits: 50 })).toBe(50)
    expect(actualMax({ connections: 10, permits: 50 })).toBe(10)
  })
  it('multiplies connections by HTTP/2 streams, still capped by the permits', () => {
    expect(actualMax({ connections: 2, permits: 50, h2Streams: 100 })).toBe(50)
    expect(actualMax({ connections: 2, permits: 500, h2Streams: 100 })).toBe(200)
  })
})
