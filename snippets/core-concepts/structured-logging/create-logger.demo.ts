import { basicEvents } from './bind.ts'
import { createLogger, prettyLines } from './create-logger.ts'

// @normalize /"time":"[^"]+"/g -> "time":"<iso time>"
const settings = { level: 'debug', service: 'shop', version: '1.4.2' } as const
console.log('--- ENVIRONMENT=development (pino-pretty) ---')
basicEvents(createLogger({ ...settings, environment: 'development' }, prettyLines(console.log)))
console.log('--- ENVIRONMENT=production (JSON lines) ---')
const print = { write: (line: string) => console.log(line.trimEnd()) }
basicEvents(createLogger({ ...settings, environment: 'production' }, print))
