import { describe, expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'
import { acquire, runJob } from '../../../snippets/core-concepts/exceptions/using.ts'

function recorder() {
  const lines: string[] = []
  return { lines, log: (line: string) => { lines.push(line) } }
}

describe('using: await using disposes in reverse order', () => {
  it('disposes in reverse acquisition order on success', async () => {
    const { lines, log } = recorder()
    await runJob(log)
    expect(lines).toEqual(['open db', 'open file', 'work with db and file', 'close file', 'close db'])
  })

  it('still disposes everything when the body throws, and the body error arrives unchanged', async () => {
    const { lines, log } = recorder()
    await expect(runJob(log, { bodyFails: true })).rejects.toThrow('work failed')
    expect(lines).toEqual(['open db', 'open file', 'work with db and file', 'close file', 'close db'])
  })

  it('a disposal failure during an in-flight error surfaces as SuppressedError carrying both', async () => {
    const { lines, log } = recorder()
    const err: unknown = await runJob(log, { bodyFails: true, closeFails: true }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(SuppressedError)
    if (!(err instanceof SuppressedError))
      throw new Error('unreachable')
    expect(err.error).toMatchObject({ message: 'closing file failed' })   // the newer error
    expect(err.suppressed).toMatchObject({ message: 'work failed' })      // the one in flight
    expect(lines.at(-1)).toBe('close db')                                  // disposal went on
  })

  it('a disposal failure alone is thrown as itself', async () => {
    const { log } = recorder()
    await expect(runJob(log, { closeFails: true })).rejects.toThrow('closing file failed')
  })

  it('the resource works with a hand-written block too', async () => {
    const { lines, log } = recorder()
    {
      await using r = acquire('cache', log)
      log(`using ${r.name}`)
    }
    expect(lines).toEqual(['open cache', 'using cache', 'close cache'])
  })

  it('demo shows the disposal order under a throw and the SuppressedError', async () => {
    const lines = await captureConsole(() => import('../../../snippets/core-concepts/exceptions/using.demo.ts'))
    expect(lines).toEqual([
      'open db → open file → work with db and file → close file → close db\ncaught: work failed',
      'SuppressedError: closing file failed',
      '  suppressed: work failed',
    ])
  })
})
