import { createErrorLogger, settleOrder } from './log-error.ts'

const written: string[] = []
const log = createErrorLogger({ write: (line: string) => { written.push(line) } })
settleOrder('A-17', log)

const { level, msg, err } = JSON.parse(written[0] ?? '{}') as {
  level: string, msg: string, err: { type: string, message: string, stack: string }
}
console.log(`${level}: ${msg}`)
console.log(`err.type: ${err.type}\nerr.message: ${err.message}`)
console.log(`err.stack: ${err.stack.split('\n')[1]?.trim().replace(/ \(.*$/, '')}, ...`)
