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

export function databaseUrl({ host, port, user, password, name }: z.output<typeof DatabaseParts>): string {
  const credentials = password ? `${encodeURIComponent(user)}:${encodeURIComponent(password)}` : encodeURIComponent(user)
  return `postgresql://${credentials}@${host}:${port}/${encodeURIComponent(name)}`
}
// #endregion from-parts
