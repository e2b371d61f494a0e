// Import a batch of users in ONE transaction: each record in its own savepoint, so a bad record
// rolls back alone and is reported, while anything unexpected aborts the whole import.
import { findCause } from '../../../../../snippets/core-concepts/exceptions/cause-chain.ts'
import { type AppDb, users } from '../../../../../snippets/database/async-sql/schema.ts'

export interface ImportRecord { email: string, name: string }
export interface ImportResult { imported: number, skipped: { email: string, reason: string }[] }

/** Constraint failures we skip, by SQLSTATE; anything else is not the record's fault. */
export const SKIPPABLE: Readonly<Record<string, string>> = {
  23505: 'duplicate email',
  23502: 'missing value',
  22001: 'value too long',
  23514: 'check violation',
}

const sqlState = (err: unknown): string | undefined => findCause(err,
  (e): e is Error & { code: string } => e instanceof Error && 'code' in e && typeof e.code === 'string' && e.code in SKIPPABLE)?.code

export async function importRecords(db: AppDb, records: readonly ImportRecord[]): Promise<ImportResult> {
  return db.transaction(async (tx) => {
    const result: ImportResult = { imported: 0, skipped: [] }
    for (const record of records) {
      try {
        await tx.transaction(async sp => sp.insert(users).values(record)) // SAVEPOINT per record
        result.imported++
      }
      catch (err) {
        const code = sqlState(err)
        if (code === undefined)
          throw err                                // unknown: abort everything
        result.skipped.push({ email: record.email, reason: SKIPPABLE[code]! })
      }
    }
    return result
  })
}
