import { ProductOut, ProductOutWithNulls } from './serialisation.ts'

const fromDb = { name: 'Keyboard', price: 99.99 } // description and tax never set
console.log(`optional keys: ${JSON.stringify(ProductOut.parse(fromDb))}`)
console.log(`with nulls:    ${JSON.stringify(ProductOutWithNulls.parse(fromDb))}`)
