import { createUsersApp } from './hierarchy.ts'

const app = createUsersApp({ error: (_f, msg: string) => console.log(`[log] ${msg}`) })
const calls = [['GET', '/users/7'], ['POST', '/users'], ['GET', '/report']] as const
for (const [method, path] of calls) {
  const res = await app.request(path, { method })
  console.log(`${method} ${path} -> ${res.status} ${await res.text()}`)
}
