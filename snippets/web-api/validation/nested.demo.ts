import { Employee } from './nested-unions.ts'

const result = Employee.safeParse({
  name: 'Grace',
  company: { name: 'Navy', address: { street: '1 Pier', zip_code: 'ABC' } },
})
console.log(result.success ? 'ok' : result.error.issues.map(i => `${JSON.stringify(i.path)}: ${i.message}`).join('\n'))
const ok = Employee.parse({ name: 'Ada', company: { name: 'AE', address: { street: '2 Loom', zip_code: '12345' } } })
console.log(`previous_companies: ${JSON.stringify(ok.previous_companies)}`)
