import { fetchUser, plainWrap, tracedFetchUser }
  from './preserve-meta.ts'

const describe = (fn: { name: string, length: number }) =>
  `name=${fn.name}, length=${fn.length}`

console.log(`original: ${describe(fetchUser)}`)
console.log(`without:  ${describe(plainWrap(fetchUser))}`)
console.log(`with:     ${describe(tracedFetchUser)}`)
