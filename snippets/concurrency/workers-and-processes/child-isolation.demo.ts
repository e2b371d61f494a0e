import { ask, crash, startChild } from './child-isolation.ts'

const child = startChild()
console.log(`child says: ${(await ask(child, { type: 'upper', text: 'hello' })).text}`)
const exit = await crash(child) // the child throws an uncaught error
console.log(`child exited: code ${exit.code}, signal ${exit.signal}`)
const replacement = startChild() // the parent carries on, and restarts it like a supervisor
console.log(`replacement says: ${(await ask(replacement, { type: 'upper', text: 'back' })).text}`)
replacement.kill()
