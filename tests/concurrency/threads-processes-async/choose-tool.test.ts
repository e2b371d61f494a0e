import { describe, expect, it } from 'vitest'
import { chooseTool } from '../../../snippets/concurrency/threads-processes-async/choose-tool.ts'
import type { Tool, Workload } from '../../../snippets/concurrency/threads-processes-async/choose-tool.ts'

// The deck's summary table, row by row.
const table: Array<[string, Workload, Tool]> = [
  ['pure JS CPU-bound', { spends: 'computing' }, 'worker-pool'],
  ['heavy preprocessing', { spends: 'computing' }, 'worker-pool'],
  ['I/O (network, disk)', { spends: 'waiting' }, 'event-loop'],
  ['massive I/O concurrency', { spends: 'waiting' }, 'event-loop'],
  ['native-heavy (hashing, compression)', { spends: 'computing', nativeAsync: true }, 'async-native'],
  ['blocking-only I/O library', { spends: 'waiting', blockingApiOnly: true }, 'worker-pool'],
  ['fault containment', { spends: 'computing', needsIsolation: true }, 'child-process'],
  ['another executable that waits', { spends: 'waiting', needsIsolation: true }, 'child-process'],
]

describe('chooseTool', () => {
  it.each(table)('%s -> %s', (_name, workload, tool) => {
    expect(chooseTool(workload)).toBe(tool)
  })

  it('isolation wins over every other trait', () => {
    expect(chooseTool({ spends: 'computing', nativeAsync: true, needsIsolation: true })).toBe('child-process')
  })
})
