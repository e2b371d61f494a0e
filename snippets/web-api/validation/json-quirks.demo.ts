import { quirks } from './serialisation.ts'

console.log(`undefined key: ${quirks.undefinedKey}`)
console.log(`Date:          ${quirks.date}`)
console.log(`Set:           ${quirks.set}`)
console.log(`NaN:           ${quirks.nan}`)
try {
  quirks.bigint()
}
catch (err) {
  console.log(`BigInt:        ${err instanceof TypeError ? 'TypeError thrown' : 'other'}`)
}
