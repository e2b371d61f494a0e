import { sayHiThrice } from './repeat.ts'

const result = sayHiThrice(console.log)
console.log(`returned: ${result}`)
