// A two-stage pipeline: downloads bounded on the event loop, each result parsed the moment its
// download finishes (no waiting for all downloads). Browser-runnable.
import pLimit from 'p-limit'

// #region two-stage
/** 50 downloads in flight; parse each as it lands; results in completion order. */
export async function twoStage<R>(ids: number[], download: (id: number) => Promise<string>,
  parse: (raw: string, id: number) => R, limit = 50): Promise<R[]> {
  const gate = pLimit(limit)
  const parsed: R[] = []
  await Promise.all(ids.map(id =>
    gate(() => download(id)) // stage 1: waiting, bounded
      .then(raw => { parsed.push(parse(raw, id)) }))) // stage 2: starts per item, right away
  return parsed // heavy parsing? make stage 2 a pool.run(raw) on piscina
}
// #endregion two-stage
