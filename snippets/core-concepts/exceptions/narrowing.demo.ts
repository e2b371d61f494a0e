import { explain, toError } from './narrowing.ts'

console.log(explain(() => { throw new SyntaxError('expected a number') }))
console.log(explain(() => { throw new RangeError('port 70000 > 65535') }))
const mine = new TypeError('not mine')
try { explain(() => { throw mine }) }
catch (err) { console.log(`TypeError rethrown, same object: ${err === mine}`) }
console.log(`toError('boom') -> ${toError('boom').name}: ${toError('boom').message}`)
