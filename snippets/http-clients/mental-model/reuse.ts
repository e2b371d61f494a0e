// Reuse vs no reuse: the same sequential requests through one shared agent, or through a new agent
// per request (what `new Agent()` inside a handler, or `Connection: close`, gives you). Node only.
import { setImmediate as nextTurn } from 'node:timers/promises'
import { buildConnector } from 'undici'
import { createAgent, fetchText } from './agent.ts'
import type { AgentOptions } from './agent.ts'

/** Milliseconds per request, in order. */
export type Latencies = number[]

async function timed(work: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now()
  await work()
  return performance.now() - t0
}

// #region slow-connect
/** Stand-in for a remote vendor on loopback: every NEW socket first waits `ms` (DNS + TCP + TLS). */
export function slowConnect(ms: number): buildConnector.connector {
  const connect = buildConnector({})
  return (options, callback) => void setTimeout(() => connect(options, callback), ms)
}
// #endregion slow-connect

type Extra = Pick<AgentOptions, 'connect'>

// #region shared-agent
export async function sequentialShared(url: string, n: number, extra: Extra = {}): Promise<Latencies> {
  const agent = createAgent({ connections: 10, allowH2: false, ...extra }) // once, at startup
  try {
    const latencies: Latencies = []
    for (let i = 0; i < n; i++) {
      latencies.push(await timed(() => fetchText(agent, url))) // 1 opens the socket; 2..n reuse it
      await nextTurn() // the next job (undici frees the socket one turn after the body ends)
    }
    return latencies
  }
  finally {
    await agent.close() // on shutdown
  }
}
// #endregion shared-agent

// #region new-agent-per-request
export async function sequentialNewAgent(url: string, n: number, extra: Extra = {}): Promise<Latencies> {
  const latencies: Latencies = []
  for (let i = 0; i < n; i++) {
    latencies.push(await timed(async () => {
      const agent = createAgent({ connections: 10, allowH2: false, ...extra }) // ANTI-PATTERN
      try {
        await fetchText(agent, url) // DNS + TCP (+ TLS) every time
      }
      finally {
        await agent.close() // forget this and every call also leaks an idle socket
      }
    }))
  }
  return latencies
}
// #endregion new-agent-per-request

/** The typical request: robust to the first one's handshake and to a stray GC pause. */
export function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}
