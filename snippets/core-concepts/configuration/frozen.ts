// Settings are read once and never change: freeze them all the way down, and say so in the type.
import type { Secret } from './secret.ts'

// #region deep-freeze
export type DeepReadonly<T> = T extends Secret | ((...args: never[]) => unknown) ? T
  : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T

/** Object.freeze is shallow (so is zod's .readonly()): recurse into every nested object. */
export function deepFreeze<T>(value: T): DeepReadonly<T> {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value))
      deepFreeze(child)
  }
  return value as DeepReadonly<T>
}
// #endregion deep-freeze
