import { callWithoutAwait, makeRecipe } from './eager-promises.ts'

const log = (line: string) => console.log(line)
const pending = callWithoutAwait(log)
const recipe = makeRecipe(log)
console.log('--- now the thunk is called ---')
console.log(`results: ${await pending}, ${await recipe()}`)
