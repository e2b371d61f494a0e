import { pino } from 'pino'
import { describe, expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'
import { fromPythonLevel, PINO_LEVEL_VALUES } from '../../../snippets/core-concepts/logging/levels.ts'

const PYTHON_ORDER = ['DEBUG', 'INFO', 'WARNING', 'ERROR', 'CRITICAL']

describe('levels: Python level names to pino', () => {
  it('maps DEBUG, INFO, WARNING, ERROR, CRITICAL to debug, info, warn, error, fatal', () => {
    expect(PYTHON_ORDER.map(fromPythonLevel)).toEqual(['debug', 'info', 'warn', 'error', 'fatal'])
  })

  it('accepts lower case names too', () => {
    expect(fromPythonLevel('warning')).toBe('warn')
  })

  it('an unknown name throws with the list of valid names', () => {
    expect(() => fromPythonLevel('NOTICE')).toThrow(RangeError)
    expect(() => fromPythonLevel('NOTICE')).toThrow('use one of DEBUG, INFO, WARNING, ERROR, CRITICAL')
  })

  it('the mapped levels keep the order of severity in pino', () => {
    const values = PYTHON_ORDER.map(name => pino.levels.values[fromPythonLevel(name)]!)
    expect(values).toEqual([...values].sort((a, b) => a - b))
    expect(new Set(values).size).toBe(5)
  })

  it('the numeric table matches pino', () => {
    for (const [label, value] of Object.entries(PINO_LEVEL_VALUES))
      expect(pino.levels.values[label]).toBe(value)
  })

  it('demo prints the mapping with both numbers and the error', async () => {
    const lines = await captureConsole(() => import('../../../snippets/core-concepts/logging/levels.demo.ts'))
    expect(lines).toEqual([
      'DEBUG    (10) -> debug (20)',
      'INFO     (20) -> info  (30)',
      'WARNING  (30) -> warn  (40)',
      'ERROR    (40) -> error (50)',
      'CRITICAL (50) -> fatal (60)',
      'unknown level "NOTICE"; use one of DEBUG, INFO, WARNING, ERROR, CRITICAL',
    ])
  })
})
