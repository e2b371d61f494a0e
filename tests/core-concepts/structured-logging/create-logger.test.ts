import { describe, expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'
import { createLogger, settingsFromEnv, structuredOptions, toPinoLevel, transportFor } from '../../../snippets/core-concepts/structured-logging/create-logger.ts'
import { captureLines } from './log-capture.ts'

const production = { environment: 'production', level: 'info', service: 'shop', version: '1.4.2' } as const

describe('the logger factory', () => {
  it('production config writes one-line JSON with level label, ISO time and base fields', () => {
    const capture = captureLines()
    createLogger(production, capture.destination).info({ order_id: 7 }, 'order_created')
    expect(capture.lines).toHaveLength(1)
    const [record] = capture.records()
    expect(record).toMatchObject({ level: 'info', service: 'shop', version: '1.4.2', environment: 'production', order_id: 7, msg: 'order_created' })
    expect(new Date(String(record!.time)).toISOString()).toBe(record!.time)
  })

  it('below the configured level nothing is written', () => {
    const capture = captureLines()
    const log = createLogger({ ...production, level: 'WARNING' }, capture.destination)
    log.info('ignored')
    log.warn('kept')
    expect(capture.records().map(r => r.msg)).toEqual(['kept'])
  })

  it('development selects the pino-pretty transport; production writes JSON to stdout', () => {
    expect(transportFor('development')?.target).toBe('pino-pretty')
    expect(transportFor('production')).toBeUndefined()
    expect(transportFor('staging')).toBeUndefined()
  })

  it('maps level names case-insensitively and rejects unknown ones with the valid list', () => {
    expect(toPinoLevel('warning')).toBe('warn')
    expect(toPinoLevel('WARNING')).toBe('warn')
    expect(toPinoLevel('Critical')).toBe('fatal')
    expect(toPinoLevel('warn')).toBe('warn')
    expect(structuredOptions({ ...production, level: 'debug' }).level).toBe('debug')
    expect(() => toPinoLevel('verbose')).toThrow('use one of DEBUG, INFO, WARNING, ERROR, CRITICAL')
  })

  it('reads ENVIRONMENT and LOG_LEVEL with defaults, and fails fast on bad values', () => {
    expect(settingsFromEnv({})).toMatchObject({ environment: 'development', level: 'INFO' })
    expect(settingsFromEnv({ ENVIRONMENT: 'production', LOG_LEVEL: 'warning' })).toMatchObject({ environment: 'production', level: 'warning' })
    expect(() => settingsFromEnv({ ENVIRONMENT: 'prod' })).toThrow('expected one of development, staging, production')
    expect(() => settingsFromEnv({ LOG_LEVEL: 'loud' })).toThrow('unknown level "loud"')
  })

  it('the demo renders the same events pretty for development and as JSON for production', async () => {
    const lines = await captureConsole(() => import('../../../snippets/core-concepts/structured-logging/create-logger.demo.ts'))
    const split = lines.indexOf('--- ENVIRONMENT=production (JSON lines) ---')
    const pretty = lines.slice(1, split).join('\n')
    expect(pretty).toContain('INFO: server_started')
    expect(pretty).toContain('ERROR: payment_failed')
    const json = lines.slice(split + 1).map(line => JSON.parse(line) as Record<string, unknown>)
    expect(json.map(r => [r.level, r.msg])).toEqual([['info', 'server_started'], ['debug', 'cache_miss'], ['error', 'payment_failed']])
    expect(json[0]).toMatchObject({ service: 'shop', port: 8000, workers: 4 })
    expect(new Date(String(json[0]!.time)).toISOString()).toBe(json[0]!.time)
  })
})
