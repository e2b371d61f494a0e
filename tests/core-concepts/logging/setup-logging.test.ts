import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'
import { memoryDestination } from '../../../snippets/core-concepts/logging/capture.ts'
import { openedLoggers, readLines, tempDir } from './support.ts'

// setupLogging keeps its logger in module scope, as an app's logger.ts does. Each test loads a
// fresh copy of the module instead of reconfiguring a shared one.
async function freshSetupModule() {
  vi.resetModules()
  return import('../../../snippets/core-concepts/logging/setup-logging.ts')
}

const opened = openedLoggers()
let dir = tempDir()
afterEach(() => {
  opened.closeAll()
  dir.remove()
  dir = tempDir()
})

describe('setup-logging: option B, setupLogging()', () => {
  it('calling setup twice does not add destinations: a message appears once in the file and once on stdout', async () => {
    const { setupLogging } = await freshSetupModule()
    const stdout = memoryDestination()
    const file = join(dir.path, 'combined.log')
    const first = setupLogging({ console: stdout, file })
    const second = setupLogging({ console: stdout, file })
    opened.keep(first)
    expect(second).toBe(first)
    second.info('order 17 paid')
    expect(stdout.records().map(r => r.msg)).toEqual(['order 17 paid'])
    expect(readLines(file).map(r => r.msg)).toEqual(['order 17 paid'])
  })

  it('the console destination filters below info while the file keeps debug', async () => {
    const { setupLogging } = await freshSetupModule()
    const stdout = memoryDestination()
    const file = join(dir.path, 'combined.log')
    const log = setupLogging({ console: stdout, file })
    opened.keep(log)
    log.debug('cache miss')
    log.info('request served')
    expect(stdout.records().map(r => `${String(r.level)} ${String(r.msg)}`)).toEqual(['info request served'])
    expect(readLines(file).map(r => `${String(r.level)} ${String(r.msg)}`)).toEqual(['debug cache miss', 'info request served'])
  })

  it('getLogger(module) returns children of the one logger, tagged with their module', async () => {
    const { getLogger, setupLogging } = await freshSetupModule()
    const stdout = memoryDestination()
    const file = join(dir.path, 'combined.log')
    opened.keep(setupLogging({ console: stdout, file }))
    getLogger('orders').info('created')
    getLogger('billing').info('charged')
    expect(stdout.records().map(r => `${String(r.module)}: ${String(r.msg)}`)).toEqual(['orders: created', 'billing: charged'])
  })

  it('demo shows three copies for per-module setup and one for setupLogging()', async () => {
    await freshSetupModule()
    const lines = await captureConsole(() => import('../../../snippets/core-concepts/logging/setup-logging.demo.ts'))
    expect(lines).toEqual([
      'setup in every module: 3 copies of the line',
      'setupLogging() in every module: 1',
    ])
  })
})

describe('setup-logging: option A, configure at the entry point', () => {
  it('the entry point opens all.log (creating the folder) and modules log through children', async () => {
    const { configureAtEntry } = await freshSetupModule()
    const allLog = join(dir.path, 'logs', 'all.log')
    expect(existsSync(allLog)).toBe(false)
    const root = configureAtEntry(allLog)
    opened.keep(root)
    root.child({ module: 'orders' }).info('order created')
    expect(readLines(allLog).map(r => [r.module, r.msg])).toEqual([[undefined, 'logging configured'], ['orders', 'order created']])
  })
})
