import { exchangePrinter } from '../http-and-parameters/show-exchange.ts'
import { profileApp } from './request-scope.ts'

const show = exchangePrinter(profileApp, console.log)
await show('/profile')
