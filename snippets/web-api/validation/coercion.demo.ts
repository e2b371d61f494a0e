import {
  CoercedAge, coerceBool, coerceNumber, StrictAge, stringBool,
} from './basics.ts'

const strict = StrictAge.safeParse({ age: '30' }).success ? 'ok' : 'rejected'
console.log(`strict  {age:"30"} -> ${strict}`)
console.log(`coerced {age:"30"} -> ${JSON.stringify(CoercedAge.parse({ age: '30' }))}`)
console.log(`z.coerce.boolean("false") -> ${coerceBool.parse('false')}`)
console.log(`z.stringbool("false")     -> ${stringBool.parse('false')}`)
console.log(`z.coerce.number("")       -> ${coerceNumber.parse('')}`)
