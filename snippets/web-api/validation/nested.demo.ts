import { Employee } from './nested-unions.ts'

const address = (zip_code: string) => ({ street: '1 Pier', zip_code })
const company = { name: 'Navy', address: address('ABC') }
const bad = Employee.safeParse({ name: 'Grace', company })
for (const issue of bad.error?.issues ?? [])
  console.log(`${JSON.stringify(issue.path)}: ${issue.message}`)
const ok = Employee.parse({ name: 'Ada', company: { name: 'AE', address: address('12345') } })
console.log(`previous_companies: ${JSON.stringify(ok.previous_companies)}`)
