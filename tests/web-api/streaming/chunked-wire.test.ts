import { afterEach, describe, expect, it } from 'vitest'
import { listen } from '../../../snippets/web-api/http-and-parameters/listen.ts'
import type { Listening } from '../../../snippets/web-api/http-and-parameters/listen.ts'
import { createHelloApp, rawGet } from '../../../snippets/web-api/streaming/chunked-wire.ts'
import { captureConsole } from '../../support/capture-console.ts'

let server: Listening | undefined
afterEach(async () => { await server?.close(); server = undefined })

describe('chunked transfer encoding on the wire', () => {
  it('frames each write as a hex-sized chunk and ends with a zero-size chunk', async () => {
    server = await listen(createHelloApp())
    const raw = await rawGet(Number(new URL(server.url).port), '/hello')
    const [head = '', body = ''] = raw.split('\r\n\r\n', 2).length === 2 ? [raw.slice(0, raw.indexOf('\r\n\r\n')), raw.slice(raw.indexOf('\r\n\r\n') + 4)] : []
    expect(head).toMatch(/^HTTP\/1\.1 200 OK/)
    expect(head.toLowerCase()).toContain('transfer-encoding: chunked')
    expect(head.toLowerCase()).not.toContain('content-length')
    expect(body).toBe('5\r\nHello\r\n6\r\n World\r\n0\r\n\r\n')
  })

  it('the demo prints the raw exchange', async () => {
    const lines = await captureConsole(() => import('../../../snippets/web-api/streaming/chunked-wire.demo.ts'))
    expect(lines[0]).toBe('HTTP/1.1 200 OK\\r\\n')
    expect(lines).toContain('5\\r\\n')
    expect(lines).toContain(' World\\r\\n')
    expect(lines.slice(-3)).toEqual(['0\\r\\n', '\\r\\n', ''])
  })
})
