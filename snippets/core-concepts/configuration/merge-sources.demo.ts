import { z } from 'zod'
import { loadSettings } from './merge-sources.ts'

const Schema = z.object({ a: z.string(), b: z.string(), c: z.string(), d: z.string(), e: z.string().default('default') })
const settings = loadSettings(Schema, {
  overrides: { A: 'override' },
  env: { A: 'env', B: 'env' },
  dotenv: [{ A: '.env', B: '.env', C: '.env', D: '.env' }, { A: '.env.local', B: '.env.local', C: '.env.local', D: '' }],
})
// D is empty in .env.local: unset, so the value from .env shows through
for (const [key, value] of Object.entries(settings))
  console.log(`${key.toUpperCase()} <- ${value}`)
