import { createContextLogger, withRequestContext } from './request-context.ts'

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))
const log = createContextLogger({ write: line => console.log(line.trimEnd()) }, { base: undefined, timestamp: false })

async function handle(requestId: string, delays: number[]) {
  await withRequestContext({ request_id: requestId }, async () => {
    for (const [step, ms] of delays.entries()) {
      await sleep(ms) // other request's lines interleave here
      log.info({ step }, 'work_step') // no request id passed
    }
  })
}
await Promise.all([handle('req-A', [30, 120, 30]), handle('req-B', [60, 30, 120])])
log.info('outside_any_request')
