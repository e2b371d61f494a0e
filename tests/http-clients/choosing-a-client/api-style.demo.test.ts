import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('the demo prints who resolved and who threw on the same 404', async () => {
  const lines = await captureConsole(() => import('../../../snippets/http-clients/choosing-a-client/api-style.demo.ts'))
  expect(lines.map(l => l.replace(/ +/g, ' '))).toEqual([
    'fetch resolved 404',
    'undici.request resolved 404',
    'undici + responseError threw ResponseError',
    'got threw HTTPError',
    'axios threw AxiosError',
    'ky threw HTTPError',
  ])
})
