import { Article } from './validators.ts'

for (const tags of ['llm, backend ,  ', ['llm', 'backend'], 42]) {
  const result = Article.safeParse({ title: 'Schemas', tags })
  console.log(`${JSON.stringify(tags)} -> ${result.success ? JSON.stringify(result.data.tags) : result.error.issues[0]!.message}`)
}
