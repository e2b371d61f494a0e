import { Optionality } from './types-constraints.ts'

for (const [name, schema] of Object.entries(Optionality)) {
  const empty = schema.safeParse({})
  const withNull = schema.safeParse({ nickname: null })
  const show = (r: typeof empty) => (r.success ? JSON.stringify(r.data) : 'rejected')
  console.log(`${name.padEnd(16)} {} -> ${show(empty).padEnd(18)} {nickname:null} -> ${show(withNull)}`)
}
