import { closeAll, firstAnswer } from './aggregate.ts'
import { toError } from './narrowing.ts'

const down = (name: string) => async (): Promise<never> => {
  throw new Error(`${name} is down`)
}
const replicas = ['a', 'b', 'c'].map(r => down(`replica-${r}`))
const none = await firstAnswer(replicas).catch((e: unknown) => e)
if (none instanceof AggregateError)
  console.log(`${none.name}: ${none.errors.map(e => toError(e).message).join('; ')}`)

const cache = async () => console.log('cache closed')
const closing = await closeAll([down('db pool'), cache, down('queue')]).catch(toError)
console.log(closing?.message)
