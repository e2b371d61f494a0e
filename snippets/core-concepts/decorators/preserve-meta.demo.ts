import {
  fetchUser, plainWrap, tracedFetchUser,
} from './preserve-meta.ts'

type Fn = { name: string, length: number }
const meta = (f: Fn) =>
  `name ${f.name}, length ${f.length}`

const bare = plainWrap(fetchUser)
const kept = tracedFetchUser
console.log(`original: ${meta(fetchUser)}`)
console.log(`without:  ${meta(bare)}`)
console.log(`with:     ${meta(kept)}`)
