// POST /signup: harden the contract (see README.md). The repository and the route are done;
// the two schemas and the handler's confirmation check are yours.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { bodyLimit } from 'hono/body-limit'
import { useProblemDetails } from '../../../../../snippets/web-api/error-responses/error-handler.ts'
import { errorResponses } from '../../../../../snippets/web-api/error-responses/problem-details.ts'
import { validationHook } from '../../../../../snippets/web-api/validation/validation-hook.ts'

const Passwords = z.object({ password: z.string().min(12).max(128), password_confirm: z.string() })

export const SignupRequest = z.strictObject({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  ...Passwords.shape,
  referral_code: z.string().trim().regex(/^[A-Z0-9]{8}$/, { error: '8 upper-case letters or digits' }).optional(),
}).refine(s => s.password === s.password_confirm, {
  error: 'Passwords do not match',
  path: ['password_confirm'],
  when: payload => Passwords.safeParse(payload.value).success,
}).openapi('SignupRequest')

export const SignupResponse = z.object({ // stripping, not strict: extra keys are dropped, not a 500
  id: z.int(),
  email: z.email(),
  created_at: z.iso.datetime(),
}).openapi('SignupResponse')

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
    const row = repo.create(body.email, body.password)
    return c.json(SignupResponse.parse(row), 201)
  })
  app.doc('/openapi.json', { openapi: '3.0.3', info: { title: 'Signup', version: '1.0.0' } })
  return app
}
