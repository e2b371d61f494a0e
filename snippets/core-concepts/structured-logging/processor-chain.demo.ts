import { addLevel, addTimestamp, dropPath, redact, renderJson, runChain } from './processor-chain.ts'

const enrich = [addLevel('info'), addTimestamp(() => new Date('2026-01-15T10:00:00Z'))]
const event = { event: 'login', user_id: 42, password: 'hunter2' }

console.log(`redact, then render: ${runChain([...enrich, redact(['password']), renderJson], event)}`)
console.log(`render, then redact: ${runChain([...enrich, renderJson, redact(['password'])], event)}`)
const health = runChain([dropPath('/health'), renderJson], { path: '/health' })
console.log(`health check: ${health ?? '(dropped)'}`)
