// The coupling problem: a service that throws HTTP errors drags the web layer everywhere.
import { HTTPException } from 'hono/http-exception'
import { NotFoundError } from './domain-errors.ts'

const users = new Map<number, { id: number, email: string }>()

// #region coupled
export function getUserCoupled(id: number) {
  const user = users.get(id)
  if (!user) // a CLI or a queue worker now "returns 404"
    throw new HTTPException(404, {
      message: `User ${id} not found`,
    })
  return user
}
// #endregion coupled

// #region decoupled
export function getUserDecoupled(id: number) {
  const user = users.get(id)
  if (!user) // what happened, not how to answer it
    throw new NotFoundError(`User ${id} not found`)
  return user
}
// #endregion decoupled
