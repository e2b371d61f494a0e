import { describe, expect, it } from 'vitest'
import { costOf, handshakeMs, remoteHost, simulatePool } from '../../../snippets/http-clients/mental-model/sim-pool.ts'
import type { SimConfig } from '../../../snippets/http-clients/mental-model/sim-pool.ts'

const cfg: SimConfig = { connections: 10, handshake: remoteHost, httpMs: 30 }
const A = 'https://api.vendor-a:443'
const B = 'https://api.vendor-b:443'

describe('handshake cost', () => {
  it('a new socket pays DNS + TCP + TLS on top of HTTP; a reused one pays HTTP only', () => {
    expect(handshakeMs({ dnsMs: 20, tcpMs: 40, tlsMs: 80 })).toBe(140)
    expect(costOf(remoteHost, 30, true)).toBe(170)
    expect(costOf(remoteHost, 30, false)).toBe(30)
  })
})

describe('simulatePool', () => {
  it('three sequential requests cost one handshake', () => {
    const run = simulatePool(cfg, [0, 500, 1000].map((at, i) => ({ id: `r${i}`, origin: A, at })))
    expect(run.map(r => r.newSocket)).toEqual([true, false, false])
    expect(new Set(run.map(r => r.socket))).toEqual(new Set([`${A}#1`]))
    expect(run.map(r => r.end - r.start)).toEqual([170, 30, 30])
  })

  it('eleven concurrent with a limit of 10: ten handshakes, the eleventh starts when one finishes', () => {
    const run = simulatePool(cfg, Array.from({ length: 11 }, (_, i) => ({ id: `r${i}`, origin: A, at: 0 })))
    expect(run.filter(r => r.newSocket)).toHaveLength(10)
    expect(new Set(run.map(r => r.socket)).size).toBe(10)
    const first10 = run.slice(0, 10)
    const eleventh = run[10]!
    expect(eleventh.newSocket).toBe(false) // it waited and reused a socket
    expect(eleventh.start).toBe(Math.min(...first10.map(r => r.end))) // exactly when one freed up
    expect(eleventh.start).toBeGreaterThan(0)
    expect(eleventh.end).toBe(170 + 30)
  })

  it('a second origin gets its own sockets (pools are keyed by origin)', () => {
    const run = simulatePool({ ...cfg, connections: 1 }, [
      { id: 'a1', origin: A, at: 0 },
      { id: 'b1', origin: B, at: 0 }, // not queued behind a1: another pool
      { id: 'a2', origin: A, at: 500 },
      { id: 'b2', origin: B, at: 500 },
    ])
    expect(run.map(r => [r.id, r.socket, r.newSocket, r.start])).toEqual([
      ['a1', `${A}#1`, true, 0],
      ['b1', `${B}#1`, true, 0],
      ['a2', `${A}#1`, false, 500],
      ['b2', `${B}#1`, false, 500],
    ])
  })

  it('serves requests in arrival order, whatever order they are listed in', () => {
    const run = simulatePool({ ...cfg, connections: 1 }, [
      { id: 'late', origin: A, at: 10 },
      { id: 'early', origin: A, at: 0 },
    ])
    expect(run.map(r => [r.id, r.start])).toEqual([['early', 0], ['late', 170]])
  })
})
