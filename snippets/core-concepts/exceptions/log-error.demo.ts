import { createErrorLogger, settleOrder } from './log-error.ts'

const written: string[] = []
const log = createErrorLogger({ write: (line: string) => { written.push(line) } })
settleOrder('A-17', log)

const line = JSON.parse(written[0] ?? '{}') as { level: string, msg: string, err: { type: string, message: string, stack: string } }
console.log(`level: ${line.level}, msg: ${line.msg}`)
console.log(`err.type: ${line.err.type}`)
console.log(`err.message: ${line.err.message}`)
console.log(`err.stack: ${line.err.stack.split('\n').slice(0, 2).map(l => l.trim().replace(/ \(.*\)$/, '')).join(' / ')}`)
