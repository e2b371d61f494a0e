// OAuth2PasswordBearer without FastAPI: pull the token out of `Authorization: Bearer <token>`.
// Extraction only; verifying the token is the next link of the chain (auth-chain.ts).
import type { MiddlewareHandler } from 'hono'
import type { OpenAPIHono } from '@hono/zod-openapi'
import { HTTPException } from 'hono/http-exception'

/** 401 with the RFC 6750 challenge; `invalid_token` when a token was sent but failed. */
export function unauthorized(detail: string, error?: 'invalid_token'): HTTPException {
  const challenge = error ? `Bearer error="${error}"` : 'Bearer'
  const res = new Response(null, { status: 401, headers: { 'WWW-Authenticate': challenge } })
  return new HTTPException(401, { message: detail, res })
}

const BEARER = /^Bearer +([\w\-.~+/]+=*)$/i // RFC 6750 token68; the scheme is case-insensitive

export const parseBearer = (header: string | undefined): string | undefined =>
  BEARER.exec(header ?? '')?.[1]

export type TokenEnv = { Variables: { token: string } }
export type MaybeTokenEnv = { Variables: { token: string | undefined } }

// #region extract-strict
/** Missing, `Basic …`, or `Bearer` without a token: 401 + `WWW-Authenticate: Bearer`. */
export const bearerToken = (): MiddlewareHandler<TokenEnv> => async (c, next) => {
  const token = parseBearer(c.req.header('authorization'))
  if (!token)
    throw unauthorized('Not authenticated')
  c.set('token', token)
  await next()
}
// #endregion extract-strict

// #region extract-optional
/** `auto_error=False`: every failure becomes `undefined`, the route decides. */
export const optionalBearerToken = (): MiddlewareHandler<MaybeTokenEnv> => async (c, next) => {
  c.set('token', parseBearer(c.req.header('authorization')))
  await next()
}
// #endregion extract-optional

// #region openapi-bearer
/** Swagger UI's Authorize button: one security scheme, referenced by protected routes. */
export function registerBearerScheme(app: OpenAPIHono): void {
  app.openAPIRegistry.registerComponent('securitySchemes', 'Bearer', {
    type: 'http', scheme: 'bearer', bearerFormat: 'JWT',
  })
}
export const bearerSecurity = [{ Bearer: [] }] // createRoute({ security: bearerSecurity, … })
// #endregion openapi-bearer
