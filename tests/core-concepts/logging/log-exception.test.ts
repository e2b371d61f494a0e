import { describe, expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'
import { createRootLogger } from '../../../snippets/core-concepts/logging/basic-setup.ts'
import { memoryDestination } from '../../../snippets/core-concepts/logging/capture.ts'
import { loadModel } from '../../../snippets/core-concepts/logging/log-exception.ts'

describe('log-exception: the err key', () => {
  it('the line has err.type, err.message and a stack naming the throwing function; the cause is present', () => {
    const out = memoryDestination()
    expect(loadModel('/models/v3.bin', createRootLogger({ destination: out }))).toBe(false)
    expect(out.lines()).toHaveLength(1)
    const line = out.records()[0]!
    expect(line).toMatchObject({ level: 'error', path: '/models/v3.bin', msg: 'model load failed, serving without it' })
    expect(line.err).toMatchObject({ type: 'ModelLoadError' })
    expect(line.err).toMatchObject({ message: expect.stringContaining('cannot load model from /models/v3.bin') })
    expect(line.err).toMatchObject({ stack: expect.stringMatching(/at readWeights \(/) })
    // pino's serializer appends the cause's message and stack
    expect(line.err).toMatchObject({ message: expect.stringContaining("ENOENT: no such file, open '/models/v3.bin'") })
    expect(line.err).toMatchObject({ stack: expect.stringContaining('caused by: Error: ENOENT') })
  })

  it('demo prints the JSON keys and the pretty-printed error', async () => {
    const lines = await captureConsole(() => import('../../../snippets/core-concepts/logging/log-exception.demo.ts'))
    expect(lines[0]).toBe('JSON: err has type, message, stack, name')
    const pretty = lines[1]!.split('\n')
    expect(pretty[0]).toMatch(/^\[\d\d:\d\d:\d\d\] ERROR: model load failed, serving without it$/)
    expect(pretty).toContain('ModelLoadError: cannot load model from /models/v3.bin')
    expect(pretty).toContain("caused by: Error: ENOENT: no such file, open '/models/v3.bin'")
  })
})
