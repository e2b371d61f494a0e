import { describe, expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

describe('firstResponder demo', () => {
  it('prints A as the winner with its 20 chunks, B closed at once, C ignored, permits full', async () => {
    const lines = await captureConsole(() => import('../../../snippets/safe-api-calls/streaming-advanced/firstResponder.demo.ts'))
    expect(lines[0]).toBe('winner: A')
    expect(lines[1]).toMatch(/^A streamed 20 chunks: "/)
    expect(lines[2]).toBe('B closed by the client: yes, within 50 ms of A\'s first token')
    expect(lines[3]).toBe('C answered 500: ignored, the race went on')
    expect(lines[4]).toBe('permits free: A 1/1 · B 1/1 · C 1/1')
  })
})
