// Shared helper for this folder's demo tests.
import { captureConsole } from '../../support/capture-console.ts'

export const runDemo = (name: string) =>
  captureConsole(() => import(`../../../snippets/http-clients/advanced/${name}.demo.ts`))
