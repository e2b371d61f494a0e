// The Node runner's HTTP face, mounted on the dev server (setup/vite-plugins.ts): same-origin
// requests carrying the session's secret may run a snippet program; its output streams back as
// newline-delimited JSON events.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { timingSafeEqual } from 'node:crypto'
import { RunRefused, runOnNode, type RunEvent } from './node-runner.ts'

export const RUNNER_PATH = '/__kit/run'
const MAX_BODY_BYTES = 256 * 1024

type Next = (error?: unknown) => void

interface RunRequest {
  code: string
  file: string
  timeoutMs?: number
}

function sameSecret(given: string | string[] | undefined, secret: string): boolean {
  if (typeof given !== 'string' || given.length !== secret.length)
    return false
  return timingSafeEqual(Buffer.from(given), Buffer.from(secret))
}

function sameOrigin(req: IncomingMessage): boolean {
  const { origin, host } = req.headers
  return !!origin && !!host && (origin === `http://${host}` || origin === `https://${host}`)
}

async function readRunRequest(req: IncomingMessage): Promise<RunRequest> {
  let size = 0
  const chunks: Buffer[] = []
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_BODY_BYTES)
      throw new RunRefused('request body too large')
    chunks.push(chunk)
  }
  const body: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'))
  if (typeof body !== 'object' || body === null)
    throw new RunRefused('expected a JSON object')
  const { code, file, timeoutMs } = body as Record<string, unknown>
  if (typeof code !== 'string' || typeof file !== 'string' || (timeoutMs !== undefined && typeof timeoutMs !== 'number'))
    throw new RunRefused('expected { code: string, file: string, timeoutMs?: number }')
  return { code, file, ...(timeoutMs === undefined ? {} : { timeoutMs }) }
}

function refuse(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(message)
}

export function nodeRunnerMiddleware(secret: string, root?: string) {
  return async (req: IncomingMessage, res: ServerResponse, next: Next): Promise<void> => {
    if (!req.url?.startsWith(RUNNER_PATH))
      return next()
    if (req.method !== 'POST')
      return refuse(res, 405, 'POST only')
    if (!sameOrigin(req) || !sameSecret(req.headers['x-kit-runner-secret'], secret))
      return refuse(res, 403, 'forbidden: the Node runner answers only its own deck page')
    let run: RunRequest
    try {
      run = await readRunRequest(req)
    }
    catch (error) {
      return refuse(res, 400, error instanceof Error ? error.message : 'bad request')
    }
    const aborted = new AbortController()
    res.on('close', () => aborted.abort())
    let events: AsyncGenerator<RunEvent>
    try {
      events = runOnNode({ ...run, signal: aborted.signal, ...(root ? { root } : {}) })
      const first = await events.next()
      res.writeHead(200, { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' })
      if (!first.done)
        res.write(`${JSON.stringify(first.value)}\n`)
    }
    catch (error) {
      if (error instanceof RunRefused)
        return refuse(res, 403, error.message)
      throw error
    }
    for await (const event of events)
      res.write(`${JSON.stringify(event)}\n`)
    res.end()
  }
}
