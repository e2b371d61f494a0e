import { createUsersApp } from './hierarchy.ts'

const log = { error: (_fields: { err: unknown }, msg: string) => console.log(`[log] ${msg}`) }
const app = createUsersApp(log)

for (const [method, path] of [['GET', '/users/7'], ['POST', '/users'], ['GET', '/report']] as const) {
  const res = await app.request(path, { method })
  console.log(`${method} ${path} -> ${res.status} ${await res.text()}`)
}
