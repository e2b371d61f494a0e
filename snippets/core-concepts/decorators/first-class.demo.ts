import {
  callWith, greet, makeGreeter, sayHello,
} from './first-class.ts'

const same = sayHello === greet
console.log(`sayHello === greet: ${same}`)
console.log(sayHello('Ada'))
console.log(callWith(greet, 'Linus'))

const welcome = makeGreeter('Welcome')
console.log(welcome('Grace'))
