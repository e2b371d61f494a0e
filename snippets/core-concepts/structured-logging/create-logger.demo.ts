import { prettyFactory } from 'pino-pretty'
import { basicEvents } from './bind.ts'
import { createLogger } from './create-logger.ts'

const settings = { level: 'debug', service: 'shop', version: '1.4.2' }
const pretty = prettyFactory({ colorize: false, ignore: 'pid,hostname,time,service,version,environment' })
const hideTime = (line: string) => line.replace(/"time":"[^"]+"/, '"time":"<iso time>"')

console.log('--- ENVIRONMENT=development (pino-pretty) ---')
basicEvents(createLogger({ ...settings, environment: 'development' }, { write: s => console.log(pretty(s).trimEnd()) }))
console.log('--- ENVIRONMENT=production (JSON lines) ---')
basicEvents(createLogger({ ...settings, environment: 'production' }, { write: s => console.log(hideTime(s.trimEnd())) }))
