import { describe, expect, it } from 'vitest'
import { twoStage } from '../../../snippets/concurrency/workers-and-processes/pipeline.ts'

describe('pipeline (two stages)', () => {
  it('100 results, at most 50 downloads in flight, the first parse before the last download ends', async () => {
    const events: string[] = []
    let inFlight = 0
    let maxInFlight = 0
    const download = async (id: number) => {
      inFlight++
      maxInFlight = Math.max(maxInFlight, inFlight)
      await new Promise(resolve => setTimeout(resolve, 1 + (id % 7) * 3))
      inFlight--
      events.push('download-end')
      return `{"id":${id}}`
    }
    const parse = (raw: string) => {
      events.push('parse')
      return (JSON.parse(raw) as { id: number }).id
    }
    const ids = Array.from({ length: 100 }, (_, i) => i)
    const results = await twoStage(ids, download, parse, 50)
    expect(results).toHaveLength(100)
    expect([...results].sort((a, b) => a - b)).toEqual(ids)
    expect(maxInFlight).toBe(50)
    expect(events.indexOf('parse')).toBeLessThan(events.lastIndexOf('download-end'))
    expect(events.filter(e => e === 'parse')).toHaveLength(100)
  })

  it('a failed download rejects the pipeline (wrap it per item to keep the others)', async () => {
    const download = async (id: number) => {
      if (id === 3) throw new Error('404')
      return String(id)
    }
    await expect(twoStage([1, 2, 3], download, Number)).rejects.toThrow('404')
  })
})
