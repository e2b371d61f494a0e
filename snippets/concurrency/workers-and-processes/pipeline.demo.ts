import { createFakeLlm } from '../../shared/fake-llm/app.ts'
import { twoStage } from './pipeline.ts'

const fake = createFakeLlm({ seed: 3, plan: { latencyMs: { ms: 40, jitterMs: 30 } } })
const download = async (id: number) => {
  const res = await fake.app.request('/v1/chat/completions', {
    method: 'POST', body: JSON.stringify({ messages: [{ role: 'user', content: `item ${id}` }] }),
  })
  return res.text()
}
interface Completion { choices: Array<{ message: { content: string } }> }
const parse = (raw: string, id: number) =>
  ({ id, text: (JSON.parse(raw) as Completion).choices[0]?.message.content })

const results = await twoStage(Array.from({ length: 100 }, (_, i) => i), download, parse, 50)
console.log(`${results.length} parsed, at most ${fake.stats.maxInFlight} downloads in flight`)
const inInputOrder = results.every((r, i) => r.id === i)
console.log(`parsed in input order? ${inInputOrder ? 'yes' : 'no: completion order'}`)
