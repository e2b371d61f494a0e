import { rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pino } from 'pino'
import { memoryDestination } from './capture.ts'
import { setupLogging } from './setup-logging.ts'

const naive = memoryDestination()
const shared = pino.multistream([])
for (const module of ['orders', 'billing', 'email'])   // each module runs "its" setup
  shared.add({ level: 'info', stream: naive })
pino({}, shared).info('order 17 paid')
console.log(`setup in every module: written ${naive.lines().length} times`)

const screen = memoryDestination()
const dir = join(tmpdir(), 'kit-setup-logging-demo')
for (const module of ['orders', 'billing', 'email'])
  setupLogging({ console: screen, file: join(dir, 'combined.log') }).child({ module })
setupLogging().info('order 17 paid')
console.log(`setupLogging() in every module: written ${screen.lines().length} time`)
rmSync(dir, { recursive: true, force: true })
