import { afterEach, describe, expect, it, vi } from 'vitest'
import { FakeSocket } from '../../../snippets/web-api/websockets/connection-manager.ts'
import { safe, serial, type Handle } from '../../../snippets/web-api/websockets/serial-queue.ts'
import { captureConsole } from '../../support/capture-console.ts'

afterEach(() => { vi.useRealTimers() })

const latency: Record<string, number> = { a: 30, b: 20, c: 10 }
function delayedEcho(socket: FakeSocket): Handle {
  return data => new Promise(resolve => setTimeout(() => { socket.send(data); resolve() }, latency[data]))
}

describe('serial', () => {
  it('answers three messages (30/20/10 ms) in send order', async () => {
    vi.useFakeTimers()
    const socket = new FakeSocket()
    const onMessage = serial(delayedEcho(socket))
    const all = Promise.all(['a', 'b', 'c'].map(onMessage))
    await vi.advanceTimersByTimeAsync(60)
    await all
    expect(socket.sent).toEqual(['a', 'b', 'c'])
  })

  it('without the queue they overlap and answer out of order', async () => {
    vi.useFakeTimers()
    const socket = new FakeSocket()
    const onMessage = delayedEcho(socket)
    const all = Promise.all(['a', 'b', 'c'].map(onMessage))
    await vi.advanceTimersByTimeAsync(30)
    await all
    expect(socket.sent).toEqual(['c', 'b', 'a'])
  })

  it('a failing message does not stall the ones behind it', async () => {
    const socket = new FakeSocket()
    const onMessage = serial(async (data) => {
      if (data === 'bad') throw new Error('boom')
      socket.send(data)
    })
    await expect(onMessage('bad')).rejects.toThrow('boom')
    await onMessage('good')
    expect(socket.sent).toEqual(['good'])
  })
})

describe('safe', () => {
  it('turns a throwing async handler into an error frame and a log entry; no unhandledRejection', async () => {
    const unhandled = vi.fn()
    process.on('unhandledRejection', unhandled)
    try {
      const socket = new FakeSocket()
      const logs: string[] = []
      const onMessage = serial(safe(async () => { throw new Error('db down') }, socket, (event, f) => logs.push(`${event} ${String(f?.error)}`)))
      void onMessage('x') // how onMessage is called: nobody awaits it
      await onMessage('y')
      await new Promise(resolve => setImmediate(resolve)) // let a rejection surface, if any
      expect(socket.json().map(m => m.payload)).toEqual([{ message: 'Internal server error' }, { message: 'Internal server error' }])
      expect(logs).toEqual(['message_failed db down', 'message_failed db down'])
      expect(socket.readyState).toBe(1)
      expect(unhandled).not.toHaveBeenCalled()
    }
    finally {
      process.off('unhandledRejection', unhandled)
    }
  })
})

describe('serial-queue.demo.ts', () => {
  it('prints the out-of-order and the ordered run', async () => {
    const lines = await captureConsole(() => import('../../../snippets/web-api/websockets/serial-queue.demo.ts'))
    expect(lines).toEqual(['plain handle   -> third, second, first', 'serial(handle) -> first, second, third'])
  })
})
