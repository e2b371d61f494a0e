// POST /signup: harden the contract (see README.md). The repository and the route are done;
// the two schemas and the handler's confirmation check are yours.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { bodyLimit } from 'hono/body-limit'
import { BusinessValidationError } from '../../../../snippets/web-api/error-responses/domain-errors.ts'
import { useProblemDetails } from '../../../../snippets/web-api/error-responses/error-handler.ts'
import { errorResponses } from '../../../../snippets/web-api/error-responses/problem-details.ts'
import { validationHook } from '../../../../snippets/web-api/validation/validation-hook.ts'

// TODO: strict; trimmed strings; email lower-cased; password 12-128 characters;
//       password_confirm must match (reported on password_confirm);
//       optional referral_code: exactly 8 upper-case letters or digits.
export const SignupRequest = z.object({
  email: z.string(),
  password: z.string(),
  password_confirm: z.string(),
  referral_code: z.string().optional(),
}).openapi('SignupRequest')

// TODO: what a client may see: id, email, created_at. Never password_hash.
export const SignupResponse = z.looseObject({}).openapi('SignupResponse')

/** Returns the stored row, hash included, like a real repository would. */
export class UserRepo {
  readonly #rows: { id: number, email: string, password_hash: string, created_at: string }[] = []
  create(email: string, password: string) {
    const row = { id: this.#rows.length + 1, email, password_hash: `$argon2id$v=19$${password.length}`, created_at: '2025-01-01T00:00:00.000Z' }
    this.#rows.push(row)
    return row
  }
}

const signup = createRoute({
  method: 'post', path: '/signup',
  request: { body: { required: true, content: { 'application/json': { schema: SignupRequest } } } },
  responses: { 201: { description: 'Signed up', content: { 'application/json': { schema: SignupResponse } } }, ...errorResponses(400, 413, 415, 422) },
})

export function createSignupApp(repo = new UserRepo()) {
  const app = new OpenAPIHono({ defaultHook: validationHook })
  app.use(bodyLimit({ maxSize: 16 * 1024 }))
  useProblemDetails(app)
  app.openapi(signup, (c) => {
    const body = c.req.valid('json')
    // TODO: this check belongs in the schema, where the client sees which field is wrong.
    if (body.password !== body.password_confirm)
      throw new BusinessValidationError('Passwords do not match')
    const row = repo.create(body.email, body.password)
    return c.json(row, 201) // TODO: send only what SignupResponse allows
  })
  app.doc('/openapi.json', { openapi: '3.0.3', info: { title: 'Signup', version: '1.0.0' } })
  return app
}
