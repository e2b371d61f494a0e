import { Optionality } from './types-constraints.ts'

for (const [name, schema] of Object.entries(Optionality)) {
  const show = (input: object) => {
    const r = schema.safeParse(input)
    return (r.success ? JSON.stringify(r.data) : 'rejected').padEnd(18)
  }
  console.log(`${name.padEnd(16)} {} -> ${show({})} null -> ${show({ nickname: null })}`.trimEnd())
}
