// Settings are read once and never change: freeze them all the way down, and say so in the type.
import type { Secret } from './secret.ts'

type Fn = (...args: never[]) => unknown

// #region deep-freeze
export type DeepReadonly<T> = T extends Secret | Fn ? T
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T

/** Object.freeze and zod's .readonly() are shallow. */
export function deepFreeze<T>(value: T): DeepReadonly<T> {
  if (typeof value === 'object' && value !== null) {
    Object.freeze(value)
    for (const child of Object.values(value))
      deepFreeze(child) // every nested section
  }
  return value as DeepReadonly<T>
}
// #endregion deep-freeze
