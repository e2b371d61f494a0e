import { createNumbersApp } from './async-iterable-stream.ts'

const app = createNumbersApp({ onFinally: () => console.log('generator finally ran') })
const res = await app.request('/numbers')
const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader()
for (let r = await reader.read(); !r.done; r = await reader.read())
  console.log(`chunk: ${JSON.stringify(r.value)}`)
