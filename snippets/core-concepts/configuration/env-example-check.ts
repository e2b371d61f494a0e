// A test that keeps .env.example honest: every variable the schema reads is documented,
// and nothing documented is unknown to the schema.
import { parseEnv } from 'node:util'
import { z } from 'zod'
import { envName } from './nested-env.ts'

/** The example the kit ships, next to this file. */
export const KIT_ENV_EXAMPLE = new URL('./.env.example', import.meta.url)

type Schema = z.core.$ZodType

function objectIn(schema: Schema): z.ZodObject | undefined {
  if (schema instanceof z.ZodObject)
    return schema
  if (schema instanceof z.ZodDefault || schema instanceof z.ZodPrefault || schema instanceof z.ZodOptional)
    return objectIn(schema.unwrap())
  if (schema instanceof z.ZodPipe)
    return objectIn(schema.in) ?? objectIn(schema.out) // transforms and preprocess (sections)
  return undefined
}

// #region drift-check
/** Every variable the schema reads: DATABASE__POOL_SIZE. */
export function envKeys(schema: Schema, path: string[] = []): string[] {
  const object = objectIn(schema)
  if (!object) // a leaf: its environment name
    return [envName(path)]
  return Object.entries(object.shape)
    .flatMap(([key, field]) => envKeys(field, [...path, key]))
}

export function checkEnvExample(schema: Schema, example: string) {
  const documented = Object.keys(parseEnv(example))
  const expected = envKeys(schema)
  return {
    undocumented: expected.filter(k => !documented.includes(k)),
    unknown: documented.filter(k => !expected.includes(k)),
  }
}
// #endregion drift-check
