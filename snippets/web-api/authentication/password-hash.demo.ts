import { hash } from '@node-rs/argon2'
import { hashPassword, needsRehash, verifyPassword } from './password-hash.ts'

const a = await hashPassword('correct horse battery staple')
const b = await hashPassword('correct horse battery staple')
console.log(`stored: ${a.slice(0, 31)}<salt>$<hash>`)
console.log(`same password, same hash? ${a === b}`)
console.log(`verify right password: ${await verifyPassword(a, 'correct horse battery staple')}`)
console.log(`verify wrong password: ${await verifyPassword(a, 'Tr0ub4dor&3')}`)
const old = await hash('pw', { memoryCost: 4096, timeCost: 1 })
console.log(`${old.slice(0, 29)}… needs rehash? ${needsRehash(old)}`)
console.log(`${a.slice(0, 31)}… needs rehash? ${needsRehash(a)}`)
