import { formatSse } from './sse-format.ts'

const wire = formatSse({ event: 'update', id: '7', retry: 5000, data: 'line one\nline two' })
console.log(JSON.stringify(wire))
try {
  formatSse({ id: '7\nevent: admin', data: 'x' })
}
catch (err) {
  console.log(`refused: ${(err as Error).message}`)
}
