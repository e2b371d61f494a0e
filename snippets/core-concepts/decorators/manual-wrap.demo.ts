import { makeSayHello } from './manual-wrap.ts'

const sayHello = makeSayHello(console.log)
const result = sayHello()
console.log(`returned: ${result}`)
