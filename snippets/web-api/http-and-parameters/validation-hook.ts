// TEMPORARY stand-in for snippets/web-api/_shared/validation-hook.ts (owned by the
// error-responses deck): 422 + { code, message, details: [{ field, message }] }.
import type { Context } from 'hono'

interface Issue { path: readonly PropertyKey[], message: string }
type Result = { success: true } | { success: false, error: { issues: readonly Issue[] } }

// #region validation-hook
export const validationHook = (result: Result, c: Context) => {
  if (result.success)
    return
  const details = result.error.issues.map(issue => ({
    field: issue.path.map(String).join('.'),
    message: issue.message,
  }))
  return c.json({ code: 'VALIDATION_ERROR', message: 'Request validation failed', details }, 422)
}
// #endregion validation-hook
