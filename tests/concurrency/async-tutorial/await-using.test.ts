import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FileHandle } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connect, firstLine, handle, thisFile, withFile } from '../../../snippets/concurrency/async-tutorial/await-using.ts'

describe('await-using', () => {
  let dir = ''
  let file = ''
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'await-using-'))
    file = join(dir, 'notes.txt')
    await writeFile(file, 'first\nsecond\n')
  })
  afterAll(async () => { await rm(dir, { recursive: true, force: true }) })

  it('reads through a file handle and closes it after the block', async () => {
    let seen: FileHandle | undefined
    const text = await withFile(file, async (handle) => { seen = handle; return handle.readFile('utf8') })
    expect(text).toBe('first\nsecond\n')
    expect(seen?.fd).toBe(-1) // closed
    expect(await firstLine(file)).toBe('first')
    expect(await firstLine(thisFile)).toMatch(/^\/\/ /)
  })

  it('closes the file handle even when the body throws', async () => {
    let seen: FileHandle | undefined
    await expect(withFile(file, async (handle) => {
      seen = handle
      expect(handle.fd).toBeGreaterThan(0)
      throw new Error('parse failed')
    })).rejects.toThrow('parse failed')
    expect(seen?.fd).toBe(-1)
  })

  it('disposes two resources in reverse order', async () => {
    const log: string[] = []
    await handle(line => log.push(line))
    expect(log).toEqual(['open db', 'open cache', 'work', 'close cache', 'close db'])
  })

  it('a disposal error during a body error surfaces as SuppressedError, and db is still closed', async () => {
    const log: string[] = []
    const error = await handle(line => log.push(line), true).catch((e: unknown) => e)
    expect(error).toMatchObject({
      name: 'SuppressedError',
      error: { message: 'closing cache failed' },
      suppressed: { message: 'work failed' },
    })
    expect(log.at(-1)).toBe('close db')
  })

  it('connect logs open at once and close on disposal', async () => {
    const log: string[] = []
    const resource = connect('queue', line => log.push(line))
    expect(log).toEqual(['open queue'])
    await resource[Symbol.asyncDispose]()
    expect(log).toEqual(['open queue', 'close queue'])
  })
})
