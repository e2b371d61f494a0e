import { Coerced, wrongBoolean } from './settings-schema.ts'

const hosts = '["a.com","b.com"]'
const s = Coerced.parse({ debug: 'off', port: '8000', rateLimit: '1.5', allowedHosts: hosts })
console.log(`debug "off" -> ${s.debug}, port "8000" -> ${s.port} (${typeof s.port})`)
console.log(`rateLimit "1.5" -> ${s.rateLimit}, allowedHosts -> [${s.allowedHosts.join(', ')}]`)
console.log(`timeoutSeconds (unset) -> ${s.timeoutSeconds}`)
const maybe = Coerced.shape.debug.safeParse('maybe')
console.log(`debug "maybe" -> ${maybe.success ? 'ok' : 'rejected'}`)
console.log(`z.coerce.boolean("false") -> ${wrongBoolean.parse('false')} (the trap)`)
