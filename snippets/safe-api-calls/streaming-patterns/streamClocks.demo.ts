import { withStreamClocks } from './streamClocks.ts'

const sleep = (ms: number, signal: AbortSignal) => new Promise<void>((resolve) => {
  const t = setTimeout(resolve, ms)
  signal.addEventListener('abort', () => { clearTimeout(t); resolve() })
})
/** First item after `first` ms, then one every `gap` ms; silent after `stall` items. */
async function* upstream(signal: AbortSignal, first: number, gap: number, n: number,
  stall = Infinity) {
  await sleep(first, signal)
  for (let i = 0; i < n && !signal.aborted; i++) {
    yield i
    await sleep(i + 1 === stall ? 60_000 : gap, signal)
  }
}
const cases = [['steady', 50, 30, 20], ['late first token', 600, 40, 20],
  ['stall after 3', 50, 30, 20, 3], ['too long overall', 50, 100, 40]] as const
const clocks = { ttftMs: 300, idleMs: 250, totalMs: 1_500 }
for (const [name, first, gap, n, stall] of cases) {
  const abort = new AbortController()
  const onTimeout = (e: Error) => abort.abort(e)
  let items = 0
  try {
    const source = upstream(abort.signal, first, gap, n, stall)
    for await (const _ of withStreamClocks(source, { ...clocks, onTimeout })) items++
    console.log(`${name}: completed, ${items} items`)
  }
  catch (err) {
    const what = err instanceof Error ? `${err.name} (${err.message})` : 'error'
    console.log(`${name}: ${what}, upstream aborted: ${abort.signal.aborted}`)
  }
}
