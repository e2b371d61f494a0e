// Build a connection URL from parts. Credentials are percent-encoded: a password with @, / or :
// would otherwise end the user-info part early and point the driver at the wrong host.
import { z } from 'zod'

// #region from-parts
export const DatabaseParts = z.object({
  host: z.string().default('localhost'),
  port: z.coerce.number().int().default(5432),
  user: z.string().default('postgres'),
  password: z.string().default(''),
  name: z.string().default('myapp'),
})
type Parts = z.output<typeof DatabaseParts>

export function databaseUrl(p: Parts): string {
  // "p@ss/w:rd" would end the user-info part early
  const user = encodeURIComponent(p.user)
  const auth = p.password
    ? `${user}:${encodeURIComponent(p.password)}`
    : user
  return `postgresql://${auth}@${p.host}:${p.port}/`
    + encodeURIComponent(p.name)
}
// #endregion from-parts
