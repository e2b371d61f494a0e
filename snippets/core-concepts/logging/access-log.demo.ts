// @normalize /\d+ms$/gm -> <n>ms
import { createApp } from './access-log.ts'

const http = { info: (msg: string) => console.log(`[http] ${msg}`) }   // a pino child in the app
const app = createApp(http)

await app.request('/health')
await app.request('/models/gpt-x')
