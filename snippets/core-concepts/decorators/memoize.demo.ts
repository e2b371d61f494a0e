import { memoize } from './memoize.ts'

let calls = 0
function slowSquare(n: number): number {
  calls++
  return n * n
}
const square = memoize(slowSquare)

for (let i = 0; i < 3; i++)
  console.log(`square(12) = ${square(12)}`)
console.log(`slowSquare ran ${calls}x`)
