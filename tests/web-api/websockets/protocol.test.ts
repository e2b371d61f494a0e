import { describe, expect, it } from 'vitest'
import { FakeSocket } from '../../../snippets/web-api/websockets/connection-manager.ts'
import { createRouter, exampleHandlers } from '../../../snippets/web-api/websockets/protocol.ts'
import { captureConsole } from '../../support/capture-console.ts'

const ISO_Z = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/

async function reply(raw: string) {
  const socket = new FakeSocket()
  await createRouter(exampleHandlers)(raw, socket)
  const [message] = socket.json()
  return { socket, message }
}

describe('message router', () => {
  it('answers chat with chat_response, the same request_id and an ISO timestamp', async () => {
    const { message } = await reply('{"type":"chat","payload":{"text":"hello"},"request_id":"r-1"}')
    expect(message).toMatchObject({ type: 'chat_response', payload: { message: 'You said: hello' }, request_id: 'r-1' })
    expect(message?.timestamp).toMatch(ISO_Z)
  })

  it('subscribe without a channel subscribes to "default"', async () => {
    const { message } = await reply('{"type":"subscribe"}')
    expect(message).toMatchObject({ type: 'subscribe_response', payload: { subscribed: 'default' }, request_id: null })
  })

  it('an unknown type is an error naming it, with the original request_id', async () => {
    const { message } = await reply('{"type":"unknown_thing","request_id":"r-9"}')
    expect(message).toMatchObject({ type: 'error', payload: { message: 'Unknown message type: unknown_thing' }, request_id: 'r-9' })
  })

  it.each([
    ['invalid JSON', 'not json', 'Invalid JSON'],
    ['an envelope without type', '{"payload":{}}', 'Invalid message format'],
    ['a payload that is not an object', '{"type":"chat","payload":"x"}', 'Invalid message format'],
    ['a chat payload without text', '{"type":"chat","payload":{}}', 'Invalid message format'],
  ])('%s -> an error frame, and the socket stays open', async (_name, raw, text) => {
    const { socket, message } = await reply(raw)
    expect(message).toMatchObject({ type: 'error', payload: { message: text } })
    expect(socket.readyState).toBe(1)
    expect(socket.closed).toBeUndefined()
  })

  it('lists the failing field of an invalid payload', async () => {
    const { message } = await reply('{"type":"chat","payload":{"text":""},"request_id":"r-2"}')
    expect(message).toMatchObject({ request_id: 'r-2', payload: { issues: [{ field: 'payload.text' }] } })
  })
})

describe('protocol.demo.ts', () => {
  it('prints the guide\'s flow table', async () => {
    const lines = await captureConsole(() => import('../../../snippets/web-api/websockets/protocol.demo.ts'))
    expect(lines).toEqual([
      'chat_response {"message":"You said: hello"} id=r1',
      'subscribe_response {"subscribed":"default"} id=r2',
      'error {"message":"Unknown message type: unknown_thing"} id=null',
      'error {"message":"Invalid message format","issues":[{"fie… id=null',
      'error {"message":"Invalid JSON"} id=null',
      'socket still open: true',
    ])
  })
})
