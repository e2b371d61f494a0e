// The kit's loader, pure: sources come in as plain objects, so it runs in tests and in the browser.
// Merge raw strings first, nest second, parse last; report every problem at once.
import type { z } from 'zod'
import { deepFreeze, type DeepReadonly } from './frozen.ts'
import { envName, nestEnv, type FlatEnv, type NestedEnv } from './nested-env.ts'

export interface Sources {
  overrides?: FlatEnv // tests and tools: pydantic's init kwargs
  env?: FlatEnv // the real environment
  dotenv?: readonly FlatEnv[] // parsed .env files in order: later files win
  secrets?: FlatEnv // mounted secret files (/run/secrets)
}

// #region precedence
/** Lowest first; each later layer overwrites. */
export function mergeSources(
  { overrides = {}, env = {}, dotenv = [], secrets = {} }: Sources,
) {
  const merged: Record<string, string> = {}
  for (const layer of [secrets, ...dotenv, env, overrides]) {
    for (const [key, value] of Object.entries(layer)) {
      if (isSet(value))
        merged[key.toUpperCase()] = value // case-insensitive
    }
  }
  return merged // schema defaults fill what is left
}
// #endregion precedence

// #region empty-as-unset
/** `API_KEY=` means "not set": fall through. */
export const isSet = (v: string | undefined): v is string =>
  v !== undefined && v !== ''
// #endregion empty-as-unset

type Issue = z.core.$ZodIssue
const count = (problems: readonly string[]) =>
  `${problems.length} problem${problems.length === 1 ? '' : 's'}`

// #region report
export class ConfigError extends Error {
  override name = 'ConfigError'
  readonly problems: readonly string[]
  constructor(issues: Issue[], input: NestedEnv) {
    // the variable and what is wrong, never the value
    const problems = issues.map(({ path, message }) =>
      `${envName(path)}: `
      + (valueAt(input, path) === undefined ? 'required' : message))
    super(`Invalid configuration (${count(problems)}):\n`
      + problems.map(p => `  - ${p}`).join('\n'))
    this.problems = problems
  }
}
// #endregion report

// #region parse-last
export function loadSettings<S extends z.ZodType>(
  schema: S, sources: Sources,
): DeepReadonly<z.output<S>> {
  const input = nestEnv(mergeSources(sources))
  // safeParse collects ALL issues, not just the first
  const result = schema.safeParse(input)
  if (!result.success)
    throw new ConfigError(result.error.issues, input)
  return deepFreeze(result.data) // read-only from here on
}
// #endregion parse-last

function valueAt(input: NestedEnv, path: readonly PropertyKey[]): unknown {
  let node: string | NestedEnv | undefined = input
  for (const part of path)
    node = typeof node === 'object' ? node[String(part)] : undefined
  return node
}
