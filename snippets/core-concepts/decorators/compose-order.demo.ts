import { trace } from './compose-order.ts'

class Service {
  @trace('outer', console.log) // outermost
  @trace('inner', console.log) // wraps first
  handle(): void {
    console.log('body')
  }
}

new Service().handle()
