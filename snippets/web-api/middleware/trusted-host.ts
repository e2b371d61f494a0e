// Trusted host: refuse requests whose Host is not ours before doing any work. Hono has no
// built-in, so this is the kit's (Starlette's TrustedHostMiddleware semantics). Browser-safe.
import type { MiddlewareHandler } from 'hono'

/** "API.Example.com:443" -> "api.example.com"; "[::1]:8080" -> "[::1]". */
export const hostnameOf = (host: string) =>
  host.trim().toLowerCase().replace(/:\d+$/, '')

// #region trusted-host
export function trustedHost(allowed: readonly string[]): MiddlewareHandler {
  if (allowed.includes('*'))
    throw new Error('trustedHost(["*"]) allows every host: list your hosts')
  const exact = new Set(allowed.filter(h => !h.startsWith('*.')).map(h => h.toLowerCase()))
  const suffixes = allowed.filter(h => h.startsWith('*.')).map(h => h.slice(1).toLowerCase())
  const ok = (host: string) => exact.has(host) // "*.example.com": subdomains only
    || suffixes.some(s => host.endsWith(s) && host.length > s.length)
  return async (c, next) => {
    const host = c.req.header('Host') ?? new URL(c.req.url).host // HTTP/2: :authority
    if (!ok(hostnameOf(host)))
      return c.text('Invalid host header', 400) // before any other work
    await next()
  }
}
// #endregion trusted-host
