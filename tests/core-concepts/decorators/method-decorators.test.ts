import { describe, expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'
import { logged, repeat } from '../../../snippets/core-concepts/decorators/method-decorators.ts'

function makeService() {
  const lines: string[] = []
  class Service {
    log = (line: string) => void lines.push(line)
    prefix = 'user'
    bodyRuns = 0

    @logged
    describe(id: number): string {
      return `${this.prefix}-${id}` // reads the instance: `this` survived the decorator
    }

    @repeat(3)
    tick(): number {
      return ++this.bodyRuns
    }
  }
  return { service: new Service(), lines, Service }
}

describe('TC39 standard method decorators', () => {
  it('@logged: the decorated method still sees `this` and returns its result', () => {
    const { service } = makeService()
    expect(service.describe(7)).toBe('user-7')
  })

  it('@logged: the log sink receives the method name taken from context.name', () => {
    const { service, lines } = makeService()
    service.describe(1)
    service.describe(2)
    expect(lines).toEqual(['calling describe', 'calling describe'])
  })

  it('@repeat(3) on a method calls the body three times and returns the last result', () => {
    const { service } = makeService()
    expect(service.tick()).toBe(3)
    expect(service.bodyRuns).toBe(3)
  })

  it('@repeat keeps the method name for stack traces and logs', () => {
    const { Service } = makeService()
    expect(Service.prototype.tick.name).toBe('tick')
  })

  it('@repeat(0) fails when the class is defined, not on the first call', () => {
    expect(() => {
      class Broken {
        @repeat(0)
        run(): void {}
      }
      return Broken
    }).toThrow(RangeError)
  })

  it('the demo logs the call by name, returns the greeting, and runs wave three times', async () => {
    const lines = await captureConsole(() => import('../../../snippets/core-concepts/decorators/method-decorators.demo.ts'))
    expect(lines).toEqual(['calling greet', 'Hello, Ada!', 'waves: 3'])
  })
})
