import { describe, expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'
import { BasicSettings, Coerced, logLevel, port, wrongBoolean } from '../../../snippets/core-concepts/configuration/settings-schema.ts'

const messages = (result: { success: boolean, error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map(i => i.message).join('\n') ?? ''

describe('the settings schema', () => {
  it('applies defaults and requires what has none', () => {
    expect(BasicSettings.parse({ databaseUrl: 'postgresql://localhost/app', apiKey: 'k' })).toEqual({
      databaseUrl: 'postgresql://localhost/app', apiKey: 'k', redisUrl: 'redis://localhost:6379', debug: false, maxConnections: 10,
    })
    const missing = BasicSettings.safeParse({})
    expect(missing.error?.issues.map(i => i.path.join('.'))).toEqual(['databaseUrl', 'apiKey'])
  })

  it.each([['false', false], ['1', true], ['0', false], ['YES', true], ['off', false], ['enabled', true]])('stringbool "%s" -> %s', (input, expected) => {
    expect(Coerced.shape.debug.parse(input)).toBe(expected)
  })

  it('stringbool rejects "maybe"; z.coerce.boolean() turns "false" into true', () => {
    expect(Coerced.shape.debug.safeParse('maybe').success).toBe(false)
    expect(wrongBoolean.parse('false')).toBe(true)
  })

  it('coerces numbers and JSON arrays, leaves an unset optional undefined', () => {
    const s = Coerced.parse({ debug: 'true', port: '8000', rateLimit: '1.5', allowedHosts: '["a.com","b.com"]' })
    expect(s).toEqual({ debug: true, port: 8000, rateLimit: 1.5, allowedHosts: ['a.com', 'b.com'], timeoutSeconds: undefined })
    expect(Coerced.shape.port.safeParse('80.5').success).toBe(false)
    expect(messages(Coerced.shape.allowedHosts.safeParse('a.com,b.com'))).toContain('expected a JSON array')
    expect(Coerced.shape.allowedHosts.safeParse('[1,2]').success).toBe(false)
  })

  it('port: 8000 passes, 80 fails with a message naming 1024-65535', () => {
    expect(port.parse('8000')).toBe(8000)
    expect(messages(port.safeParse('80'))).toBe('port must be between 1024 and 65535')
    expect(messages(port.safeParse('70000'))).toBe('port must be between 1024 and 65535')
  })

  it('log level: case-insensitive, normalised to pino names, unknown ones list the allowed', () => {
    expect(logLevel.parse('warning')).toBe('warn')
    expect(logLevel.parse('CRITICAL')).toBe('fatal')
    expect(logLevel.parse('Debug')).toBe('debug')
    const bad = messages(logLevel.safeParse('verbose'))
    for (const name of ['DEBUG', 'INFO', 'WARNING', 'ERROR', 'CRITICAL'])
      expect(bad).toContain(name)
  })

  it('the demos print the parsed values and the coercion table', async () => {
    const basic = await captureConsole(() => import('../../../snippets/core-concepts/configuration/settings-schema.demo.ts'))
    expect(basic).toEqual([
      'databaseUrl    = postgresql://localhost:5432/myapp',
      'redisUrl       = redis://localhost:6379  (default)',
      'debug          = false  (default, a boolean)',
      'maxConnections = 10  (default, a number)',
    ])
    const coercion = await captureConsole(() => import('../../../snippets/core-concepts/configuration/settings-schema-coercion.demo.ts'))
    expect(coercion).toEqual([
      'debug "off" -> false, port "8000" -> 8000 (number)',
      'rateLimit "1.5" -> 1.5, allowedHosts -> [a.com, b.com]',
      'timeoutSeconds (unset) -> undefined',
      'debug "maybe" -> rejected',
      'z.coerce.boolean("false") -> true (the trap)',
    ])
  })
})
