import { logged, repeat }
  from './method-decorators.ts'

class Greeter {
  log = console.log // the log sink
  greeting = 'Hello'

  @logged
  greet(name: string) {
    return `${this.greeting}, ${name}!`
  }

  @repeat(3)
  wave() { this.log('wave') }
}

const greeter = new Greeter()
console.log(greeter.greet('Ada'))
greeter.wave()
