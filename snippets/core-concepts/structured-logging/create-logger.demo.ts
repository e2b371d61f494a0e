import { basicEvents } from './bind.ts'
import { createLogger, prettyLines } from './create-logger.ts'

// @normalize /"time":"[^"]+"/g -> "time":"<iso time>"
const settings = { level: 'debug', service: 'shop', version: '1.4.2' }
const print = (line: string) => console.log(line.trimEnd())

console.log('--- ENVIRONMENT=development (pino-pretty) ---')
const dev = { ...settings, environment: 'development' } as const
basicEvents(createLogger(dev, prettyLines(console.log)))

console.log('--- ENVIRONMENT=production (JSON lines) ---')
const prod = { ...settings, environment: 'production' } as const
basicEvents(createLogger(prod, { write: print }))
