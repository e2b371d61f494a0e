import { fireConcurrently, h1Agent, h2Agent, startCountingServer } from './h2-multiplex.ts'

for (const protocol of ['h1', 'h2'] as const) {
  const server = await startCountingServer(protocol)
  const agent = protocol === 'h1' ? h1Agent() : h2Agent()
  const bodies = await fireConcurrently(agent, server.url, 10)
  const sockets = server.connections()
  console.log(`${protocol}: ${bodies.length} responses over ${sockets} connection(s)`)
  await agent.close()
  await server.close()
}
