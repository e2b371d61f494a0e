import { charge, CurrencyCode, PhoneNumber } from './custom-types.ts'

console.log(PhoneNumber.parse('+1 (234) 567-8901'))
console.log(PhoneNumber.safeParse('123').success ? 'ok' : '"123" rejected: too short')
const usd = CurrencyCode.parse('usd') // branded: only a parsed value fits charge()
console.log(charge(19.99, usd))
for (const code of ['US', 'U5D'])
  console.log(`${code}: ${CurrencyCode.safeParse(code).success ? 'ok' : 'rejected'}`)
