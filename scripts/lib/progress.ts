// A live progress display for long multi-deck commands: deck n/N, what runs, elapsed time,
// failures. Redrawn in place on a terminal, one line per event otherwise (CI logs).
export function progressBoard(verb: string, total: number) {
  const started = performance.now()
  const running = new Set<string>()
  let done = 0
  let failed = 0
  const tty = process.stdout.isTTY
  const elapsed = () => {
    const s = Math.round((performance.now() - started) / 1000)
    return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
  }
  const bar = () => {
    const width = 24
    const filled = Math.round((done / Math.max(total, 1)) * width)
    return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}]`
  }
  const status = () => `${verb} ${bar()} ${done}/${total} · ${elapsed()} elapsed · ${failed} failed${running.size ? ` · now: ${[...running].join(', ')}` : ''}`
  const draw = () => {
    if (tty)
      process.stdout.write(`\r\x1B[2K${status().slice(0, (process.stdout.columns || 120) - 1)}`)
  }
  const timer = tty ? setInterval(draw, 1000) : undefined
  return {
    started(id: string) {
      running.add(id)
      if (!tty)
        console.log(`${verb} ${id} …`)
      draw()
    },
    finished(result: { id: string, ok: boolean, ms: number }) {
      running.delete(result.id)
      done++
      if (!result.ok)
        failed++
      const line = `${result.ok ? '✓' : '✗'} ${result.id} (${(result.ms / 1000).toFixed(1)} s) — ${done}/${total}, ${elapsed()} elapsed`
      if (tty)
        process.stdout.write(`\r\x1B[2K${line}\n`)
      else
        console.log(line)
      draw()
    },
    done() {
      clearInterval(timer)
      if (tty)
        process.stdout.write('\r\x1B[2K')
      console.log(`${verb} finished: ${done - failed}/${total} ok, ${failed} failed, ${elapsed()}`)
    },
  }
}
