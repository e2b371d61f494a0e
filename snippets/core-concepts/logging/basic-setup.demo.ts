// @normalize /"time":"[^"]+"/g -> "time":"<now>"
// @normalize /"pid":\d+,"hostname":"[^"]*"/g -> "pid":<pid>,"hostname":"<host>"
import { createRootLogger } from './basic-setup.ts'
import { memoryDestination } from './capture.ts'

const stdout = memoryDestination()
const log = createRootLogger({ level: 'info', destination: stdout })
log.debug('cache miss for user 42')              // below info: not written
log.info('server started on port 8080')
log.warn('disk 85% full')
log.error('payment provider unreachable')

stdout.lines().forEach(line => console.log(line))
console.log(`${stdout.lines().length} lines written, the debug line suppressed`)
