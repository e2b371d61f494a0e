import { expect, it } from 'vitest'
import { createFakeLlm } from '../../../snippets/shared/fake-llm/app.ts'
import { tokens } from '../../../snippets/http-clients/advanced/sse-preview.ts'

it('yields the chunks whose join is the JSON answer, even with events split inside a character', async () => {
  const fake = createFakeLlm({ seed: 11 })
  const ask = (stream: boolean) => fake.app.request('/v1/chat/completions', {
    method: 'POST', headers: { 'x-fake-faults': JSON.stringify({ splitEvents: true, multibyte: true, chunks: 5 }) },
    body: JSON.stringify({ stream, messages: [{ role: 'user', content: 'q' }] }),
  })
  const out: string[] = []
  for await (const t of tokens((await ask(true)).body!)) out.push(t)
  const json = await (await ask(false)).json() as { choices: Array<{ message: { content: string } }> }
  expect(out).toHaveLength(5)
  expect(out.join('')).toBe(json.choices[0]?.message.content)
})
