// Exercise: a role check as a TC39 method decorator. The task is in README.md; run
//   npm run exercise -- core-concepts/decorators/require-role

export class ForbiddenError extends Error {
  override name = 'ForbiddenError'
}

export interface User {
  id: string
  role: string
}

/** What a class needs for @requireRole: the signed-in user, if any. */
export interface HasCurrentUser {
  currentUser: User | undefined
}

export function requireRole(role: string) {
  return function <This extends HasCurrentUser, A extends unknown[], R>(
    method: (this: This, ...args: A) => R,
    context: ClassMethodDecoratorContext<This>,
  ): (this: This, ...args: A) => R {
    const name = String(context.name)
    return function (this: This, ...args: A): R {
      if (this.currentUser?.role !== role) // no user: forbidden as well
        throw new ForbiddenError(`${name} requires role "${role}"`)
      return method.apply(this, args)
    }
  }
}
