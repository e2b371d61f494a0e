import { describe, expect, it } from 'vitest'
import { errorLine, runExportInChild } from '../../../snippets/concurrency/async-tutorial/run-in-child.ts'

describe('run-in-child', () => {
  it('runs an export in a fresh process and reports its exit code and output', async () => {
    const url = new URL('../../../snippets/concurrency/async-tutorial/start-early.ts', import.meta.url).href
    const ok = await runExportInChild(url, 'safeMain')
    expect(ok).toEqual({ code: 0, stdout: 'config + guest\n', stderr: '' })
    const missing = await runExportInChild(url, 'noSuchExport')
    expect(missing.code).not.toBe(0)
    expect(errorLine(missing.stderr)).toMatch(/^TypeError/)
  })

  it('errorLine picks the line naming the error, else the first line', () => {
    expect(errorLine('file:///x.ts:3\n  throw e\n  ^\n\nError: boom\n    at x')).toBe('Error: boom')
    expect(errorLine('something odd\nmore')).toBe('something odd')
  })
})
