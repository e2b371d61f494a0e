import { withAwait, withoutAwait } from './async-propagation.ts'
import { toError } from './narrowing.ts'

await withAwait(console.log)

const escaped = withoutAwait(console.log)
console.log('without await: the try block finished, nothing caught')
// someone must still handle it, or Node ends the process
await escaped.catch(err => console.log(`handled elsewhere: "${toError(err).message}"`))
