import { chooseTool } from './choose-tool.ts'
import type { Workload } from './choose-tool.ts'

const workloads: Array<[string, Workload]> = [
  ['100 concurrent LLM calls', { spends: 'waiting' }],
  ['tokenise 10 MB of text', { spends: 'computing' }],
  ['hash passwords (scrypt)', { spends: 'computing', nativeAsync: true }],
  ['SDK with only sync calls', { spends: 'waiting', blockingApiOnly: true }],
  ['run ffmpeg on an upload', { spends: 'computing', needsIsolation: true }],
]
for (const [name, workload] of workloads)
  console.log(`${name.padEnd(26)} -> ${chooseTool(workload)}`)
