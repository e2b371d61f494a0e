import { explain, toError } from './narrowing.ts'

console.log(explain(() => { throw new SyntaxError('expected a number') }))
console.log(explain(() => { throw new RangeError('port 70000 > 65535') }))
console.log(explain(() => 'fine'))
try {
  explain(() => { throw new TypeError('not mine') })
}
catch (err) {
  console.log(`rethrown unchanged: ${toError(err).name}: ${toError(err).message}`)
}
console.log(`toError('boom') -> ${toError('boom').name}: ${toError('boom').message}`)
