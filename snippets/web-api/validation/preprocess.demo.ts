import { Article } from './validators.ts'

for (const tags of ['llm, backend ,  ', ['llm', 'backend'], 42]) {
  const r = Article.safeParse({ title: 'Schemas', tags })
  const out = r.success ? JSON.stringify(r.data.tags) : r.error.issues[0]!.message
  console.log(`${JSON.stringify(tags)} -> ${out}`)
}
