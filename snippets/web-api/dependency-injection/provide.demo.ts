import { createFlagsApp } from './request-scope.ts'

let calls = 0
const app = createFlagsApp(() => ({ beta: true, loadedBy: ++calls }))

for (const path of ['/cached', '/cached', '/uncached']) {
  const before = calls
  await app.request(path)
  console.log(`GET ${path}: factory ran ${calls - before}×`)
}
