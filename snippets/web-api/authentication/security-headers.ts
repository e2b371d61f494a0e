// Security headers on every response (200, 401, 404, 500) and a production-only HTTPS redirect.
import type { Context, MiddlewareHandler } from 'hono'
import { secureHeaders } from 'hono/secure-headers'

// #region secure-headers-kit
/** hono/secure-headers with the four values an API changes; every other default kept. */
export const apiSecureHeaders = (): MiddlewareHandler => secureHeaders({
  xFrameOptions: 'DENY', // default SAMEORIGIN; an API is never framed
  strictTransportSecurity: 'max-age=31536000; includeSubDomains', // one year (default 180 days)
  referrerPolicy: 'strict-origin-when-cross-origin', // the guide's value (default no-referrer)
  permissionsPolicy: { camera: [], microphone: [], geolocation: [] }, // default: not sent
  contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] }, // JSON only
  // kept: nosniff, X-XSS-Protection: 0, COOP/CORP same-origin, Origin-Agent-Cluster,
  // X-DNS-Prefetch-Control off, X-Download-Options noopen, no X-Powered-By
})
// #endregion secure-headers-kit

export interface HttpsRedirectOptions {
  production: boolean
  trustedProxies: readonly string[]
  /** The socket's peer address (getConnInfo(c).remote.address on Node). */
  peerAddress: (c: Context) => string | undefined
}

// #region https-redirect
/** TLS ends at the proxy; trust its X-Forwarded-Proto only when the proxy is the peer. */
export const httpsRedirect = (o: HttpsRedirectOptions): MiddlewareHandler => async (c, next) => {
  const fromProxy = o.trustedProxies.includes(o.peerAddress(c) ?? '')
  if (o.production && fromProxy && c.req.header('x-forwarded-proto') === 'http') {
    const url = new URL(c.req.url)
    url.protocol = 'https:'
    return c.redirect(url.href, 307) // 307 keeps method and body, like Starlette's
  }
  await next()
}
// #endregion https-redirect
