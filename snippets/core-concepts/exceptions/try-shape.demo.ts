import { handleMessage } from './try-shape.ts'

const hooks = (label: string) => ({
  onSuccess: () => console.log(`${label}: success hook`),
  onError: (err: unknown) => console.log(`${label}: error hook (${err instanceof SyntaxError ? 'SyntaxError' : 'other'})`),
  cleanup: () => console.log(`${label}: cleanup`),
})

handleMessage('{"ok": true}', hooks('good input'))
handleMessage('{"ok": tru', hooks('bad input'))
