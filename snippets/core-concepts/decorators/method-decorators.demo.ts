import { logged, repeat }
  from './method-decorators.ts'

class Greeter {
  log = console.log // the sink @logged writes to
  waves = 0
  @logged
  greet(name: string) { return `Hello, ${name}!` }
  @repeat(3)
  wave() { return ++this.waves } // reads `this`
}

const greeter = new Greeter()
console.log(greeter.greet('Ada'))
console.log(`waves: ${greeter.wave()}`)
