// `npm run fake-llm -- [--port 8787] [--seed 1] [--plan '<json>']`: serves the kit's fake LLM vendor
// on 127.0.0.1 for curl demos and manual runs. Ctrl-C (or SIGTERM) closes every socket and exits.
import { parseArgs } from 'node:util'
import { parseFaultPlan } from '../snippets/shared/fake-llm/plan.ts'
import type { FaultPlan } from '../snippets/shared/fake-llm/plan.ts'
import { serveFakeLlm } from '../snippets/shared/fake-llm/server.ts'

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    seed: { type: 'string', default: '1' },
    plan: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
})

const usage = 'usage: npm run fake-llm -- [--port 8787] [--seed 1] [--plan \'{"latencyMs":200}\']'
if (values.help) {
  console.log(usage)
  process.exit(0)
}
const port = Number(values.port)
const seed = Number(values.seed)
if (!Number.isInteger(port) || port < 0 || port > 65_535 || !Number.isInteger(seed)) {
  console.error(`${usage}\n--port must be 0-65535 and --seed an integer`)
  process.exit(2)
}
let plan: FaultPlan
try {
  plan = values.plan === undefined ? {} : parseFaultPlan(values.plan)
}
catch (err) {
  console.error(err instanceof Error ? err.message.replace('x-fake-faults', '--plan') : err)
  process.exit(2)
}

const server = await serveFakeLlm({ port, seed, plan }).catch((err: unknown) => {
  console.error(`fake LLM: cannot listen on 127.0.0.1:${port}: ${err instanceof Error ? err.message : String(err)}`)
  process.exit(1)
})
const url = server.url
console.log(`fake LLM listening on ${url} (seed ${seed}${values.plan ? `, plan ${values.plan}` : ''})

endpoints
  POST ${url}/v1/chat/completions   {"messages":[{"role":"user","content":"hi"}], "stream"?: true, "resume_from"?: <id>}
  GET  ${url}/v1/models
  GET  ${url}/health

headers
  x-fake-faults: <json plan>    inline faults for this request
  x-request-id, x-attempt       logged; scripted sequences advance per x-request-id

plan knobs (JSON)
  latencyMs: 200 | {"ms":200,"jitterMs":50} | {"p50":200,"p95":800,"p99":2000}
  status: 503    statuses: [503,503,200]    steps: [{"latencyMs":1000},{}]
  errorRate: 0.2, errorStatus: 500    burst: {"every":10,"length":3,"status":503}
  retryAfter: 2 | {"seconds":2,"format":"http-date"}    retryAfterMs: 150
  maxConcurrent: 5    rateLimit: {"limit":20,"windowMs":1000}
  reset: "before-headers" | {"afterBytes":40} | {"afterChunks":3}    resetHard: false
  bodyStallAfterBytes: 0
  stream: chunks: 8, ttftMs: 500, gapMs: 100, stallAfterChunks: 3, multibyte: true,
          splitEvents: true, padBytes: 16384

try
  curl -s ${url}/v1/chat/completions -H 'content-type: application/json' \\
    -d '{"messages":[{"role":"user","content":"hi"}]}'
  curl -si ${url}/v1/chat/completions -H 'x-fake-faults: {"status":429,"retryAfter":2}' \\
    -d '{"messages":[{"role":"user","content":"hi"}]}'
  curl -N ${url}/v1/chat/completions -H 'x-fake-faults: {"gapMs":300,"chunks":5}' \\
    -d '{"messages":[{"role":"user","content":"hi"}],"stream":true}'

Ctrl-C to stop.`)

let stopping = false
const stop = async (signal: string) => {
  if (stopping)
    return
  stopping = true
  await server.close()
  console.log(`\nfake LLM stopped (${signal}) after ${server.stats.requests} requests`)
  process.exit(0)
}
process.on('SIGINT', () => void stop('SIGINT'))
process.on('SIGTERM', () => void stop('SIGTERM'))
