import { describe, expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'
import { handleComposed, trace } from '../../../snippets/core-concepts/decorators/compose-order.ts'

const FIVE_LINES = ['outer: before', 'inner: before', 'body', 'inner: after', 'outer: after']

describe('stacking order', () => {
  it('function composition: outer(inner(body)) runs outer first in, last out', () => {
    const lines: string[] = []
    handleComposed(line => lines.push(line))
    expect(lines).toEqual(FIVE_LINES)
  })

  it('stacked method decorators: the top one is the outermost', () => {
    const lines: string[] = []
    const log = (line: string) => void lines.push(line)
    class Service {
      calls = 0
      @trace('outer', log)
      @trace('inner', log)
      handle(): number {
        log('body')
        return ++this.calls // `this` reaches the method through both wrappers
      }
    }
    expect(new Service().handle()).toBe(1)
    expect(lines).toEqual(FIVE_LINES)
  })

  it('decorators are applied bottom-up, when the class is defined', () => {
    const applied: string[] = []
    const mark = (label: string) => <T>(method: T, _context: ClassMethodDecoratorContext): T => {
      applied.push(label)
      return method
    }
    class Service {
      @mark('top')
      @mark('bottom')
      handle(): void {}
    }
    expect(applied).toEqual(['bottom', 'top'])
    expect(new Service().handle()).toBeUndefined()
  })

  it('the demo prints the five lines in order', async () => {
    const lines = await captureConsole(() => import('../../../snippets/core-concepts/decorators/compose-order.demo.ts'))
    expect(lines).toEqual(FIVE_LINES)
  })
})
