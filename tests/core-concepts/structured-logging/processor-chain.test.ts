import { describe, expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'
import { addLevel, addTimestamp, DROP, dropPath, redact, renderJson, runChain, type Step } from '../../../snippets/core-concepts/structured-logging/processor-chain.ts'

const now = () => new Date('2026-01-15T10:00:00Z')

describe('processor chain (teaching model)', () => {
  it('runs the steps in order', () => {
    const seen: string[] = []
    const spy = (name: string): Step => (e) => { seen.push(name); return e }
    expect(runChain([spy('a'), spy('b'), spy('c')], { event: 'x' })).toBe('{"event":"x"}')
    expect(seen).toEqual(['a', 'b', 'c'])
    expect(runChain([addLevel('info'), addTimestamp(now), renderJson], { event: 'x' }))
      .toBe('{"level":"info","event":"x","time":"2026-01-15T10:00:00.000Z"}')
  })

  it('redaction before the renderer censors the value; after it, it does not', () => {
    const event = { event: 'login', password: 'hunter2' }
    expect(runChain([redact(['password']), renderJson], event)).toBe('{"event":"login","password":"[REDACTED]"}')
    expect(runChain([renderJson, redact(['password'])], event)).toContain('hunter2')
  })

  it('a drop signal stops later steps and produces no output', () => {
    const later: string[] = []
    const after: Step = (e) => { later.push('ran'); return e }
    expect(runChain([dropPath('/health'), after, renderJson], { path: '/health' })).toBeUndefined()
    expect(later).toEqual([])
    expect(runChain([() => DROP], { event: 'x' })).toBeUndefined()
    expect(runChain([dropPath('/health'), renderJson], { path: '/orders' })).toBe('{"path":"/orders"}')
  })

  it('the demo prints the censored line, the leaking line and the drop', async () => {
    const lines = await captureConsole(() => import('../../../snippets/core-concepts/structured-logging/processor-chain.demo.ts'))
    expect(lines).toEqual([
      'redact, then render: {"level":"info","event":"login","user_id":42,"password":"[REDACTED]","time":"2026-01-15T10:00:00.000Z"}',
      'render, then redact: {"level":"info","event":"login","user_id":42,"password":"hunter2","time":"2026-01-15T10:00:00.000Z"}',
      'health check: (dropped)',
    ])
  })
})
