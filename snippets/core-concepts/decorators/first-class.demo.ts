import { callWith, greet, makeGreeter, sayHello }
  from './first-class.ts'

console.log(`sayHello === greet: ${sayHello === greet}`)
console.log(`sayHello('Ada'): ${sayHello('Ada')}`)
console.log(`callWith: ${callWith(greet, 'Linus')}`)

const welcome = makeGreeter('Welcome')
console.log(`welcome('Grace'): ${welcome('Grace')}`)
