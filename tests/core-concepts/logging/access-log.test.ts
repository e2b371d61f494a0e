import { describe, expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'
import { createApp } from '../../../snippets/core-concepts/logging/access-log.ts'
import { createRootLogger } from '../../../snippets/core-concepts/logging/basic-setup.ts'
import { memoryDestination } from '../../../snippets/core-concepts/logging/capture.ts'

describe('access-log: hono/logger into the shared logger', () => {
  it('two requests produce two access lines with method, path and status, through the print function', async () => {
    const printed: string[] = []
    const app = createApp({ info: msg => printed.push(msg) })
    expect((await app.request('/health')).status).toBe(200)
    expect((await app.request('/models/gpt-x')).status).toBe(404)
    expect(printed).toHaveLength(2)
    expect(printed[0]).toMatch(/^--> GET \/health 200 \d+m?s$/)
    expect(printed[1]).toMatch(/^--> GET \/models\/gpt-x 404 \d+m?s$/)
    expect(printed.join('')).not.toContain('\u001B[')     // no terminal colour codes
  })

  it('through a real pino child named http, the lines share the root destination', async () => {
    const out = memoryDestination()
    const root = createRootLogger({ destination: out })
    const app = createApp(root.child({ module: 'http' }))
    await app.request('/health')
    await app.request('/models/x', { method: 'GET' })
    expect(out.records().map(r => [r.level, r.module])).toEqual([['info', 'http'], ['info', 'http']])
    expect(String(out.records()[1]?.msg)).toMatch(/GET \/models\/x 404/)
  })

  it('demo prints two access lines', async () => {
    const lines = await captureConsole(() => import('../../../snippets/core-concepts/logging/access-log.demo.ts'))
    expect(lines.map(line => line.replace(/\d+ms$/, '<n>ms'))).toEqual([
      '[http] --> GET /health 200 <n>ms',
      '[http] --> GET /models/gpt-x 404 <n>ms',
    ])
  })
})
