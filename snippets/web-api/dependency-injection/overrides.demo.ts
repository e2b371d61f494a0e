import { exchangePrinter } from '../http-and-parameters/show-exchange.ts'
import { createApp, inMemoryUserRepo, testDeps } from './container.ts'

const a = createApp(testDeps()) // seeded with alice
const b = createApp(testDeps({ userRepo: inMemoryUserRepo() })) // override one dependency
await exchangePrinter(a, console.log)('/users/1')
await exchangePrinter(b, console.log)('/users/1')
