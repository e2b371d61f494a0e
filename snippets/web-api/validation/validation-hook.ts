// The shared zod validation hook of the web-api section (every deck imports it from here).
// @hono/zod-validator answers a failed parse with 400 and the whole ZodError; this hook throws
// instead, so the single error handler (error-responses/error-handler.ts) renders it as a
// 422 VALIDATION_ERROR problem body with one `{ field, message }` per issue — never the input.
import type { Context, ValidationTargets } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { zValidator } from '@hono/zod-validator'
import type { core, ZodType } from 'zod'
import type { FieldIssue } from '../error-responses/domain-errors.ts'
import { RequestValidationError } from '../error-responses/domain-errors.ts'

type ParseResult = ({ success: true } | { success: false, error: { issues: readonly core.$ZodIssue[] } })
  & { target: keyof ValidationTargets }

const JSON_MEDIA_TYPE = /^application\/([\w.-]+\+)?json$/i // the test Hono's validator uses
const isJson = (contentType = '') => JSON_MEDIA_TYPE.test(contentType.split(';')[0]!.trim())

// #region validation-hook
export function validationHook(result: ParseResult, c: Context): void {
  // Hono reads a non-JSON body as {}: answer 415, not "every field missing".
  if (result.target === 'json' && !isJson(c.req.header('content-type')))
    throw new HTTPException(415, { message: 'Content-Type must be application/json' })
  if (!result.success) // the single error handler renders it: 422 VALIDATION_ERROR
    throw new RequestValidationError('Request validation failed', {
      details: result.error.issues.flatMap(toFieldIssues), // messages, never input
    })
}

/** ["company","address","zip_code"] -> company.address.zip_code; root -> null. */
export function toFieldIssues(issue: core.$ZodIssue): FieldIssue[] {
  const at = (path: readonly PropertyKey[]) => (path.length ? path.map(String).join('.') : null)
  if (issue.code === 'unrecognized_keys') // one entry per smuggled key, e.g. is_admin
    return issue.keys.map(k => ({ field: at([...issue.path, k]), message: 'Unrecognized key' }))
  return [{ field: at(issue.path), message: issue.message }]
}
// #endregion validation-hook

// #region validate
/** `validate('json', ProductCreate)`: zValidator wired to the shared hook. */
export const validate = <Target extends keyof ValidationTargets, T extends ZodType>(target: Target, schema: T) =>
  zValidator(target, schema, validationHook)
// #endregion validate
