import { trace } from './compose-order.ts'

class Service {
  @trace('outer', console.log) // applied last: outermost
  @trace('inner', console.log) // applied first
  handle(): void {
    console.log('body')
  }
}

new Service().handle()
