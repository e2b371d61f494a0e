import { withStreamClocks } from './streamClocks.ts'

const sleep = (ms: number, signal: AbortSignal) => new Promise<void>((resolve) => {
  const t = setTimeout(resolve, ms)
  signal.addEventListener('abort', () => { clearTimeout(t); resolve() })
})
/** A fake upstream: first item after `first` ms, then one every `gap` ms; silence after `stallAfter`. */
async function* upstream(signal: AbortSignal, first: number, gap: number, count: number, stallAfter = Infinity) {
  await sleep(first, signal)
  for (let i = 0; i < count && !signal.aborted; i++, await sleep(i === stallAfter ? 60_000 : gap, signal)) yield i
}
const cases = [['steady', 50, 30, 20], ['late first token', 600, 40, 20], ['stall after 3', 50, 30, 20, 3], ['too long overall', 50, 100, 40]] as const
for (const [name, first, gap, count, stallAfter] of cases) {
  const abort = new AbortController()
  let n = 0
  try {
    for await (const _ of withStreamClocks(upstream(abort.signal, first, gap, count, stallAfter), { ttftMs: 300, idleMs: 250, totalMs: 1_500, onTimeout: e => abort.abort(e) })) n++
    console.log(`${name}: completed, ${n} items`)
  }
  catch (err) { console.log(`${name}: ${err instanceof Error ? `${err.name} (${err.message})` : 'error'}, upstream aborted: ${abort.signal.aborted}`) }
}
