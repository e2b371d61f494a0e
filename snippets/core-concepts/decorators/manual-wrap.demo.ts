import { wrap } from './manual-wrap.ts'

let sayHello = () => console.log('Hello!')
sayHello = wrap(sayHello)
sayHello()

@logged
class A {}
function logged(value: unknown, context: ClassDecoratorContext) { console.log('decorated', String(context.name)) }
