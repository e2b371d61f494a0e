// CORS for a credentialed API: every hono/cors option set explicitly, because its defaults
// (origin *, every method, echoing any requested header) are development settings.
import type { MiddlewareHandler } from 'hono'
import { cors } from 'hono/cors'
import { z } from 'zod'

const isOrigin = (o: string) => o === '*' || (URL.canParse(o) && new URL(o).origin === o)

/** ALLOWED_ORIGINS="https://a.example, https://b.example" -> a checked list of origins. */
export const AllowedOrigins = z.string()
  .transform(s => s.split(',').map(o => o.trim()).filter(Boolean))
  .pipe(z.array(z.string().refine(isOrigin, 'not an origin (scheme://host[:port], no path)')).min(1))

// #region cors-config-guard
export const DEV_ORIGINS = ['http://localhost:3000', 'http://localhost:5173']
export const PROD_ORIGINS = ['https://app.example.com']

export function originsFor(env: 'development' | 'production', allowed?: string): string[] {
  if (allowed !== undefined)
    return AllowedOrigins.parse(allowed)
  return env === 'production' ? PROD_ORIGINS : DEV_ORIGINS
}

/** Browsers refuse `*` with credentials, Hono would send it anyway: refuse to start. */
export function assertCorsConfig(origins: readonly string[], credentials: boolean): void {
  if (credentials && origins.includes('*'))
    throw new Error('CORS: origin "*" with credentials is forbidden; list the allowed origins')
}
// #endregion cors-config-guard

// #region cors-allowlist
export function corsPolicy(origins: readonly string[]): MiddlewareHandler {
  assertCorsConfig(origins, true)
  return cors({
    origin: [...origins], // exact matches only; anything else gets no ACAO header
    credentials: true, // cookies and Authorization from the browser
    allowMethods: ['GET', 'POST', 'PUT', 'DELETE'], // default: every method
    allowHeaders: ['Authorization', 'Content-Type'], // default: echo what is asked
    exposeHeaders: ['X-Request-Id'], // only what the frontend reads
    maxAge: 600, // cache the preflight for 10 minutes
  })
}
// #endregion cors-allowlist
