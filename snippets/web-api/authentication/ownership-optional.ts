// Optional authentication (anonymous or signed in, same route) and resource ownership checks.
import type { MiddlewareHandler } from 'hono'
import { Hono } from 'hono'
import { AuthorizationError, NotFoundError } from '../error-responses/domain-errors.ts'
import { useProblemDetails } from '../error-responses/error-handler.ts'
import type { AuthDeps, User } from './auth-chain.ts'
import { activeUser, currentUser, userIfValid } from './auth-chain.ts'
import { bearerToken, parseBearer } from './bearer.ts'

export interface Post { id: number, authorId: string, title: string, likedBy: readonly string[] }
export type MaybeUserEnv = { Variables: { user: User | undefined } }

// #region optional-user
/** No token or an invalid one: anonymous, never a 401 (the guide's choice). */
export const maybeUser = (deps: AuthDeps): MiddlewareHandler<MaybeUserEnv> => async (c, next) => {
  c.set('user', await userIfValid(deps, parseBearer(c.req.header('authorization'))))
  await next()
}

const postView = ({ id, title, likedBy }: Post, user: User | undefined) =>
  (user ? { id, title, is_liked: likedBy.includes(user.id) } : { id, title })
// #endregion optional-user

// #region ownership
/** Load first (404), then allow the owner or an admin, else 403. */
export function assertCanEdit(user: User, post: Post | undefined): Post {
  if (!post)
    throw new NotFoundError('Post not found')
  if (post.authorId !== user.id && user.role !== 'admin')
    throw new AuthorizationError('Not your resource')
  return post
}
// #endregion ownership

export function createPostsApp(deps: AuthDeps, posts: Map<number, Post>) {
  const app = useProblemDetails(new Hono())
  const find = (id: string | undefined) => posts.get(Number(id))
  app.get('/public-feed', maybeUser(deps), c => c.json([...posts.values()].map(p => postView(p, c.var.user))))
  app.get('/posts/:id', maybeUser(deps), (c) => {
    const post = find(c.req.param('id'))
    if (!post)
      throw new NotFoundError('Post not found')
    return c.json(postView(post, c.var.user))
  })
  app.put('/posts/:id', bearerToken(), currentUser(deps), activeUser, (c) => {
    const post = assertCanEdit(c.var.user, find(c.req.param('id')))
    return c.json({ id: post.id, updated_by: c.var.user.id })
  })
  return app
}
