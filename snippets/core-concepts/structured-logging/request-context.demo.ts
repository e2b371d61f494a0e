import { createContextLogger, withRequestContext } from './request-context.ts'

const print = { write: (line: string) => console.log(line.trimEnd()) }
const log = createContextLogger(print, { base: undefined, timestamp: false })
const handle = (id: string, delays: number[]) => withRequestContext({ request_id: id }, async () => {
  for (const [step, ms] of delays.entries()) {
    await new Promise(resolve => setTimeout(resolve, ms)) // the other request runs meanwhile
    log.info({ step }, 'work_step') // no request id passed
  }
})
await Promise.all([handle('req-A', [30, 120, 30]), handle('req-B', [60, 30, 120])])
log.info('outside_any_request')
