// Three messages, slower first: answered as they finish, or in order with a queue.
import { FakeSocket } from './connection-manager.ts'
import { serial, type Handle } from './serial-queue.ts'

const latency: Record<string, number> = { first: 30, second: 20, third: 10 }
for (const queued of [false, true]) {
  const socket = new FakeSocket()
  const handle: Handle = data => new Promise(resolve => setTimeout(() => {
    socket.send(data); resolve()
  }, latency[data]))
  const onMessage = queued ? serial(handle) : handle
  await Promise.all(['first', 'second', 'third'].map(onMessage))
  console.log(`${queued ? 'serial(handle)' : 'plain handle  '} -> ${socket.sent.join(', ')}`)
}
