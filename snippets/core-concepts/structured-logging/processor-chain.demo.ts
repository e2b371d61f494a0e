import { addLevel, addTimestamp, dropPath, redact, renderJson, runChain } from './processor-chain.ts'

const now = () => new Date('2026-01-15T10:00:00Z')
const event = { event: 'user_login', user_id: 42, password: 'hunter2' }

const good = [addLevel('info'), addTimestamp(now), redact(['password']), renderJson]
console.log(`redact before render: ${runChain(good, event)}`)

const late = [addLevel('info'), addTimestamp(now), renderJson, redact(['password'])]
console.log(`redact after render:  ${runChain(late, event)}`)

const sampled = [dropPath('/health'), renderJson]
console.log(`health check: ${runChain(sampled, { event: 'request_completed', path: '/health' }) ?? '(dropped)'}`)
