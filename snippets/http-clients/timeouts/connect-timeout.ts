// Stalling the connect phase without leaving the machine: a DNS lookup that answers late, and a
// listener that accepts TCP but never completes TLS (shared/fake-llm/blackhole.ts). Node only.
import type { LookupFunction } from 'node:net'
import { Agent } from 'undici'

// #region slow-dns
/** A resolver that answers 127.0.0.1, but only after `delayMs`: a slow or unreachable DNS. */
export function slowLookup(delayMs: number): LookupFunction {
  return (_hostname, options, callback) => {
    const answer = () => options.all
      ? callback(null, [{ address: '127.0.0.1', family: 4 }])
      : callback(null, '127.0.0.1', 4)
    setTimeout(answer, delayMs).unref() // never keeps the process alive
  }
}

/** connectTimeout covers DNS + TCP + TLS: the lookup alone can use it up. */
export const slowDnsAgent = (connectTimeoutMs: number, dnsDelayMs: number) =>
  new Agent({ allowH2: false, connect: { timeout: connectTimeoutMs, lookup: slowLookup(dnsDelayMs) } })
// #endregion slow-dns

// #region stalled-tls
/** TCP connects at once; the TLS handshake never finishes: same timer, same error. */
export const connectAgent = (connectTimeoutMs: number) =>
  new Agent({ allowH2: false, connect: { timeout: connectTimeoutMs } })
// fetch(startBlackhole().url, { dispatcher: connectAgent(5_000) }) rejects with
// TypeError("fetch failed") whose cause has code UND_ERR_CONNECT_TIMEOUT
// #endregion stalled-tls
