import { useProblemDetails } from './error-handler.ts'
import { Ledger, transferRoutes } from './local-catch.ts'

const newErrorId = () => '5c1f0e2a-8d4b-4f3e-9a7c-1b2d3e4f5a6b'
const app = useProblemDetails(transferRoutes(new Ledger()), { newErrorId })
for (const from of ['acc-1', 'acc-9', 'acc-broken']) { // too poor, unknown, a bug
  const res = await app.request('/transfers', { method: 'POST',
    headers: { 'content-type': 'application/json' }, body: JSON.stringify({ from, to: 'acc-2', cents: 500 }) })
  const { code, detail, balance } = await res.json() as Record<string, unknown>
  console.log(`${from} -> ${res.status} ${code}${balance === undefined ? '' : ` balance=${balance}`}\n  ${detail}`)
}
