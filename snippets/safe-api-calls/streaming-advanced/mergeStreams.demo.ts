import { mergeStreams, type Source } from './mergeStreams.ts'

const provider = (name: string, everyMs: number, count: number, failAfter = Infinity): Source<string> =>
  async function* (signal) {
    for (let i = 0; i < count; i++) {
      if (i === failAfter) throw new Error(`${name} rate-limited`)
      await new Promise(resolve => setTimeout(resolve, everyMs))
      if (signal.aborted) return
      yield `${name}${i}`
    }
  }
const lanes: Record<number, string[]> = { 0: [], 1: [], 2: [] }
for await (const m of mergeStreams([provider('web', 10, 4), provider('docs', 25, 3), provider('wiki', 15, 5, 2)], { idleMs: 300 }))
  lanes[m.source]!.push('chunk' in m ? m.chunk : `[error: ${(m.error as Error).message}]`)
for (const [i, name] of ['web ', 'docs', 'wiki'].entries())
  console.log(`${name} -> ${lanes[i]!.join(' ')}`)
console.log(`merged ${Object.values(lanes).flat().length} items from 3 sources`)
