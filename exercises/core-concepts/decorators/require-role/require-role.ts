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
    // TODO 1: read the method's name from the context, once.
    // TODO 2: return a replacement `function` (not an arrow, it needs `this`) that:
    //   - throws ForbiddenError naming the method and `role` unless this.currentUser has it
    //   - otherwise calls the original with the same `this` and arguments, returning its result
    void role
    void context
    return method
  }
}
