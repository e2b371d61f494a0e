import { basicEvents } from './bind.ts'
import { createLogger, prettyLines } from './create-logger.ts'

const settings = { level: 'debug', service: 'shop', version: '1.4.2' }
const hideTime = (line: string) => line.replace(/"time":"[^"]+"/, '"time":"<iso time>"')

console.log('--- ENVIRONMENT=development (pino-pretty) ---')
basicEvents(createLogger({ ...settings, environment: 'development' }, prettyLines(console.log)))
console.log('--- ENVIRONMENT=production (JSON lines) ---')
basicEvents(createLogger({ ...settings, environment: 'production' }, { write: s => console.log(hideTime(s.trimEnd())) }))
