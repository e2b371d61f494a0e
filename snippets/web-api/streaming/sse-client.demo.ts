import { chunked, naiveData, robustData } from './sse-client.ts'

const wire = 'data: café\n\ndata: {"token":"ok"}\n\ndata: [DONE]\n\ndata: after the end\n\n'
console.log(`naive, 1 byte a time:  ${JSON.stringify(await naiveData(chunked(wire, 1)))}`)
console.log(`naive, 5 bytes a time: ${JSON.stringify(await naiveData(chunked(wire, 5)))}`)
console.log(`robust, 1 byte a time: ${JSON.stringify(await robustData(chunked(wire, 1)))}`)
