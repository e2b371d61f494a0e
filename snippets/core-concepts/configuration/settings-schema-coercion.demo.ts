import { Coerced, wrongBoolean } from './settings-schema.ts'

const input = { debug: 'off', port: '8000', rateLimit: '1.5', allowedHosts: '["a.com","b.com"]' }
const s = Coerced.parse(input)
console.log(`debug "off" -> ${s.debug}, port "8000" -> ${s.port} (${typeof s.port}), rateLimit "1.5" -> ${s.rateLimit}`)
console.log(`allowedHosts -> ${s.allowedHosts.length} hosts: ${s.allowedHosts.join(', ')}`)
console.log(`timeoutSeconds unset -> ${s.timeoutSeconds}`)
console.log(`"maybe" -> ${Coerced.shape.debug.safeParse('maybe').success ? 'accepted' : 'rejected'}`)
console.log(`z.coerce.boolean() on "false" -> ${wrongBoolean.parse('false')}  (the trap)`)
