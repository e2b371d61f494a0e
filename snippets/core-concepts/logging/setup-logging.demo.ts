import { devNull } from 'node:os'
import { pino } from 'pino'
import { memoryDestination } from './capture.ts'
import { setupLogging } from './setup-logging.ts'

const naive = memoryDestination()
const fixed = memoryDestination()
const shared = pino.multistream([])
for (const module of ['orders', 'billing', 'email']) {
  shared.add({ level: 'info', stream: naive })                       // "its own" setup
  setupLogging({ console: fixed, file: devNull }).child({ module })   // the one setup
}
pino({}, shared).info('order 17 paid')
setupLogging().info('order 17 paid')
console.log(`setup in every module: ${naive.lines().length} copies of the line`)
console.log(`setupLogging() in every module: ${fixed.lines().length}`)
