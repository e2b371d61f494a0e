// Many tiny CPU tasks: one message per item costs more than the item. Send chunks instead.
// This file is also the worker module (its default export maps one chunk).
import { Piscina } from 'piscina'

/** The per-item work: tiny on purpose. */
export function score(x: number): number {
  return (x * x) % 97
}

/** The worker task: one chunk in, one chunk of results out. */
export default function scoreChunk(items: number[]): number[] {
  return items.map(score)
}

// #region chunked-map
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = []
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size))
  return chunks
}

/** executor.map(fn, items, chunksize=5_000): 200 messages for a million items. */
export async function chunkedMap(pool: Piscina<number[], number[]>,
  items: readonly number[], size = 5_000): Promise<number[]> {
  const parts = await Promise.all(chunk(items, size).map(part => pool.run(part)))
  return parts.flat() // chunks come back in input order, so the items do too
}
// #endregion chunked-map

/** A pool whose workers run scoreChunk (this file). */
export function createChunkPool(threads: number): Piscina<number[], number[]> {
  return new Piscina({ filename: import.meta.url, minThreads: threads, maxThreads: threads })
}
