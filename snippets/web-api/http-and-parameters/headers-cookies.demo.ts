import { exchangePrinter } from './show-exchange.ts'
import { cookiesApp, headersApp } from './headers-cookies.ts'

const headers = exchangePrinter(headersApp, console.log)
await headers('/whoami', { headers: { 'X-Custom-Token': 'abc123' } })
await headers('/whoami')

const cookies = exchangePrinter(cookiesApp, console.log)
await cookies('/me', { headers: { cookie: 'session=s1; theme=dark' } })
