import { Coerced, wrongBoolean } from './settings-schema.ts'

const s = Coerced.parse({
  debug: 'off',
  port: '8000',
  rateLimit: '1.5',
  allowedHosts: '["a.com","b.com"]',
})
console.log(`debug "off"     -> ${s.debug}`)
console.log(`port "8000"     -> ${s.port} (${typeof s.port})`)
console.log(`rateLimit "1.5" -> ${s.rateLimit}`)
console.log(`allowedHosts    -> ${s.allowedHosts.join(', ')}`)
console.log(`timeoutSeconds  -> ${s.timeoutSeconds}`)
const maybe = Coerced.shape.debug.safeParse('maybe')
console.log(`debug "maybe"   -> ${maybe.success ? 'ok' : 'rejected'}`)
const trap = wrongBoolean.parse('false')
console.log(`z.coerce.boolean("false") -> ${trap} (the trap)`)
