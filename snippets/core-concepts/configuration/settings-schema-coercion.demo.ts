import { Coerced, wrongBoolean } from './settings-schema.ts'

const input = { debug: 'off', port: '8000', rateLimit: '1.5', allowedHosts: '["a.com","b.com"]' }
const s = Coerced.parse(input)
console.log(`debug "off" -> ${s.debug}, port "8000" -> ${s.port} (${typeof s.port}), rateLimit "1.5" -> ${s.rateLimit}`)
console.log(`allowedHosts -> [${s.allowedHosts.join(', ')}], timeoutSeconds (unset) -> ${s.timeoutSeconds}`)
console.log(`debug "maybe" -> ${Coerced.shape.debug.safeParse('maybe').success ? 'ok' : 'rejected'}`)
console.log(`z.coerce.boolean("false") -> ${wrongBoolean.parse('false')} (the trap)`)
