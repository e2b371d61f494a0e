import {
  addLevel, addTimestamp, dropPath, redact, renderJson, runChain,
} from './processor-chain.ts'

const now = () => new Date('2026-01-15T10:00:00Z')
const event = { event: 'login', user_id: 42, password: 'hunter2' }
const enrich = [addLevel('info'), addTimestamp(now)]
const censor = redact(['password'])

const good = [...enrich, censor, renderJson]
console.log(`redact, then render: ${runChain(good, event)}`)

const late = [...enrich, renderJson, censor]
console.log(`render, then redact: ${runChain(late, event)}`)

const health = { event: 'request_completed', path: '/health' }
const sampled = runChain([dropPath('/health'), renderJson], health)
console.log(`health check: ${sampled ?? '(dropped)'}`)
