// @normalize /\d+ms$/gm -> <n>ms
import { createApp } from './access-log.ts'

const http = { info: (msg: string) => console.log(`[http] ${msg}`) }
const app = createApp(http)    // in the app: createApp(root.child({ module: 'http' }))

await app.request('/health')
await app.request('/models/gpt-x')
