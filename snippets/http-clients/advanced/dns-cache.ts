// Node resolves names with dns.lookup (getaddrinfo on the libuv thread pool) for every NEW socket
// and caches nothing. Counting lookups with a custom resolver shows it; undici's DNS interceptor
// caches results in-process for their TTL. Node only (undici).
import type { LookupFunction } from 'node:net'
import { Agent, interceptors } from 'undici'
import type { Dispatcher } from 'undici'

/** A resolver for tests: `*.test` names resolve to 127.0.0.1, anything else is ENOTFOUND. */
export function countingResolver() {
  let calls = 0
  const resolve = (hostname: string): string => {
    calls++
    if (hostname.endsWith('.test')) return '127.0.0.1'
    throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND', hostname })
  }
  // net.connect's lookup: what Node calls for each new socket
  const lookup: LookupFunction = (hostname, options, callback) => {
    try {
      const address = resolve(hostname)
      if (options.all) callback(null, [{ address, family: 4 }])
      else callback(null, address, 4)
    }
    catch (err) { callback(err as NodeJS.ErrnoException, '', 4) }
  }
  return { lookup, resolve, calls: () => calls }
}
type Resolver = ReturnType<typeof countingResolver>

// #region lookup-count
/** No cache: every new socket (here: every request, `reset: true`) looks the name up again. */
export const uncachedAgent = (r: Resolver) =>
  new Agent({ allowH2: false, connect: { lookup: r.lookup, timeout: 5_000 } })

/** undici's DNS interceptor: one lookup per origin, reused until the TTL expires. */
export const cachedAgent = (r: Resolver, ttlMs = 10_000): Dispatcher =>
  new Agent({ allowH2: false, connect: { timeout: 5_000 } }).compose(interceptors.dns({
    maxTTL: ttlMs,
    lookup: (origin, _options, callback) => {
      try { callback(null, [{ address: r.resolve(origin.hostname), family: 4, ttl: ttlMs }]) }
      catch (err) { callback(err as NodeJS.ErrnoException, []) }
    },
  }))
// #endregion lookup-count
