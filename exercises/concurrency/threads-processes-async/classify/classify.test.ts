import { describe, expect, it } from 'vitest'
import { chooseTool } from './classify.ts'
import type { Tool, WorkloadDescription } from './classify.ts'

const base: WorkloadDescription = { cpuMsPerTask: 0, io: 'none', nativeAsync: false, isolate: false }

const cases: Array<[string, Tool, Partial<WorkloadDescription>]> = [
  ['100 concurrent LLM API calls', 'event-loop', { io: 'async' }],
  ['database queries with pg', 'event-loop', { io: 'async', cpuMsPerTask: 0.2 }],
  ['parse a 2 KB JSON body', 'event-loop', { cpuMsPerTask: 0.05 }],
  ['tokenise a 5 MB document', 'worker-pool', { cpuMsPerTask: 400 }],
  ['resize images in pure JavaScript', 'worker-pool', { cpuMsPerTask: 150 }],
  ['feature engineering on a batch', 'worker-pool', { cpuMsPerTask: 10 }],
  ['hash passwords with crypto.scrypt', 'async-native', { nativeAsync: true }],
  ['gzip large responses with zlib.gzip', 'async-native', { nativeAsync: true, io: 'async' }],
  ['legacy SDK with only synchronous HTTP', 'worker-pool', { io: 'blocking-only' }],
  ['run ffmpeg on an upload', 'child-process', { isolate: true, io: 'async' }],
  ['untrusted plugin code that computes', 'child-process', { isolate: true, cpuMsPerTask: 50 }],
  ['a native addon that may crash', 'child-process', { isolate: true, nativeAsync: true }],
]

describe('chooseTool', () => {
  it.each(cases)('%s -> %s', (_name, tool, traits) => {
    expect(chooseTool({ ...base, ...traits })).toBe(tool)
  })
})
