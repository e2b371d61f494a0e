import { closeAll, firstAnswer } from './aggregate.ts'
import { toError } from './narrowing.ts'

const down = (name: string) => async (): Promise<never> => { throw new Error(`${name} is down`) }
try {
  await firstAnswer([down('replica-a'), down('replica-b'), down('replica-c')])
}
catch (err) {
  if (err instanceof AggregateError)
    console.log(`${err.name}: ${err.errors.map(e => toError(e).message).join('; ')}`)
}
try {
  await closeAll([down('db pool'), async () => console.log('cache closed'), down('queue')])
}
catch (err) { console.log(toError(err).message) }
