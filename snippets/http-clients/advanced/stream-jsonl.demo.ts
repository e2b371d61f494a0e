import { jsonLines } from './stream-jsonl.ts'

// Three records cut into chunks at awkward places: mid-line, mid-key, no final newline.
const text = '{"id":1,"text":"héllo"}\n{"id":2,"te' + 'xt":"wor' + 'ld"}\n{"id":3,"text":"!"}'
const bytes = new TextEncoder().encode(text)
const chunks = [bytes.slice(0, 10), bytes.slice(10, 30), bytes.slice(30, 41), bytes.slice(41)]
const body = new ReadableStream<Uint8Array>({
  start(c) { for (const chunk of chunks) c.enqueue(chunk); c.close() },
})
for await (const record of jsonLines(body)) console.log(JSON.stringify(record))
