// Import a batch of users in ONE transaction: each record in its own savepoint, so a bad record
// rolls back alone and is reported, while anything unexpected aborts the whole import.
import { findCause } from '../../../../snippets/core-concepts/exceptions/cause-chain.ts'
import { type AppDb, users } from '../../../../snippets/database/async-sql/schema.ts'

export interface ImportRecord { email: string, name: string }
export interface ImportResult { imported: number, skipped: { email: string, reason: string }[] }

/** Constraint failures we skip, by SQLSTATE; anything else is not the record's fault. */
export const SKIPPABLE: Readonly<Record<string, string>> = {
  23505: 'duplicate email',
  23502: 'missing value',
  22001: 'value too long',
  23514: 'check violation',
}

// TODO: find a SKIPPABLE SQLSTATE anywhere in the cause chain (Drizzle wraps the driver error)
const sqlState = (err: unknown): string | undefined => findCause(err,
  (e): e is Error & { code: string } => false)?.code

export async function importRecords(db: AppDb, records: readonly ImportRecord[]): Promise<ImportResult> {
  // TODO: one outer transaction, a nested tx.transaction() (SAVEPOINT) per record; skip and
  // report known constraint failures, rethrow anything else so the whole import rolls back
  const result: ImportResult = { imported: 0, skipped: [] }
  for (const record of records) {
    try {
      await db.insert(users).values(record)  // autocommits one by one: no single transaction
      result.imported++
    }
    catch (err) {
      result.skipped.push({ email: record.email, reason: sqlState(err) ?? String(err) })
    }
  }
  return result
}
