import { documentedApp } from './hono-integration.ts'

type Ops = Record<string, { responses: object }>
const app = documentedApp()
const doc = await (await app.request('/openapi.json')).json() as {
  paths: Record<string, Ops>, components: { schemas: object }
}
for (const [path, ops] of Object.entries(doc.paths)) {
  for (const [method, op] of Object.entries(ops))
    console.log(`${method.toUpperCase()} ${path} -> ${Object.keys(op.responses).join(', ')}`)
}
console.log(`components: ${Object.keys(doc.components.schemas).join(', ')}`)
const docs = await app.request('/docs')
console.log(`GET /docs -> ${docs.status} ${docs.headers.get('content-type')}`)
