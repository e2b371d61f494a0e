import { trace } from './compose-order.ts'

class Service {
  @trace('outer', console.log) // applied last: the outermost wrapper
  @trace('inner', console.log) // applied first: nearest the method
  handle(): void {
    console.log('body')
  }
}

new Service().handle()
