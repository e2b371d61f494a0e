import { handleMessage } from './try-shape.ts'

const name = (err: unknown) => (err instanceof Error ? err.name : 'non-Error')
const hooks = (label: string) => ({
  onSuccess: () => console.log(`${label}: success hook`),
  onError: (err: unknown) => console.log(`${label}: error hook (${name(err)})`),
  cleanup: () => console.log(`${label}: cleanup`),
})
handleMessage('{"ok": true}', hooks('good input'))
handleMessage('{"ok": tru', hooks('bad input'))
