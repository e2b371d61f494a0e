import { logged, repeat } from './method-decorators.ts'

class Greeter {
  log = console.log // the sink the decorators write to
  greeting = 'Hello'

  @logged
  greet(name: string): string {
    return `${this.greeting}, ${name}!`
  }

  @repeat(3)
  wave(): void {
    this.log('wave')
  }
}

const greeter = new Greeter()
console.log(greeter.greet('Ada'))
greeter.wave()
