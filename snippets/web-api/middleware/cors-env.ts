// CORS per environment: origins come from configuration, never `*` with credentials, and the
// headers the frontend must read (request id, timing) are exposed. Browser-safe.
import { cors } from 'hono/cors'
import { z } from 'zod'

// #region cors-env
export const ORIGINS: Readonly<Record<string, readonly string[]>> = {
  production: ['https://app.example.com'],
  staging: ['https://staging.example.com', 'https://preview.example.com'],
  development: ['http://localhost:3000', 'http://localhost:5173'],
}
const Settings = z.object({ ENVIRONMENT: z.string().default('development') })

export function corsFromEnv(env: Record<string, string | undefined>) {
  const { ENVIRONMENT } = Settings.parse(env)
  return cors({
    origin: [...(ORIGINS[ENVIRONMENT] ?? [])], // unknown env: nobody
    credentials: true,
    allowMethods: ['GET', 'POST', 'PUT', 'DELETE'],
    allowHeaders: ['Authorization', 'Content-Type'],
    exposeHeaders: ['X-Request-Id', 'Server-Timing'], // readable by JS
    maxAge: 600, // preflight cached 10 minutes
  })
}
// #endregion cors-env
