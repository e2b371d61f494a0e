import { fetchUser, plainWrap, tracedFetchUser } from './preserve-meta.ts'

const bare = plainWrap(fetchUser)
console.log(`original: name=${fetchUser.name}, length=${fetchUser.length}`)
console.log(`without:  name=${bare.name}, length=${bare.length}`)
console.log(`with:     name=${tracedFetchUser.name}, length=${tracedFetchUser.length}`)
