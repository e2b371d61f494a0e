// @normalize /"time":"[^"]+"/g -> "time":"<now>"
// @normalize /"pid":\d+,"hostname":"[^"]*"/g -> "pid":<pid>,"hostname":"<host>"
import { createRootLogger } from './basic-setup.ts'
import { memoryDestination } from './capture.ts'

const out = memoryDestination()                 // stands in for stdout
const log = createRootLogger({ level: 'info', destination: out })

log.debug('cache miss for user 42')              // below info: not written
log.info('server started on port 8080')
log.warn('disk 85% full')
log.error('payment provider unreachable')

for (const line of out.lines())
  console.log(line)
console.log(`${out.lines().length} lines written, the debug line suppressed`)
