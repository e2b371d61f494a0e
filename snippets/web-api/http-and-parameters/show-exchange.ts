// Prints one HTTP exchange the way every live demo of the web-api section shows it:
//   → GET /items/3?q=x
//   ← 200 application/json
//     {"id":3}            (a long JSON object wraps between its members)
// It takes anything with a `request(path, init)` method: a Hono app in-process, or a wrapper
// around fetch() for a real server, so both print the same lines.

/** Where the printed lines go: `console.log` on a slide, an array in a test. */
export type LogSink = (line: string) => void

/** A Hono app (`app.request`) or anything else that answers a path with a Response. */
export interface Requester {
  request: (path: string, init?: RequestInit) => Response | Promise<Response>
}

export interface ShowOptions {
  /** Response headers to print besides content-type (e.g. `location`, `retry-after`). */
  headers?: readonly string[]
}

export interface Exchange {
  status: number
  headers: Headers
  /** Parsed JSON when the response says JSON, else the text ('' for an empty body). */
  body: unknown
}

// #region show-exchange
export function exchangePrinter(app: Requester, log: LogSink, options: ShowOptions = {}) {
  return async (path: string, init: RequestInit = {}): Promise<Exchange> => {
    log(`→ ${init.method ?? 'GET'} ${path}`)
    new Headers(init.headers).forEach((value, name) => log(`  ${name}: ${value}`))
    if (typeof init.body === 'string')
      log(`  ${init.body}`)
    const res = await app.request(path, init)
    const type = res.headers.get('content-type') ?? ''
    log(`← ${res.status} ${type.split(';')[0]}`.trimEnd())
    for (const name of options.headers ?? [])
      log(`  ${name}: ${res.headers.get(name) ?? '(absent)'}`)
    const text = await res.text()
    const body: unknown = text && /json/.test(type) ? JSON.parse(text) : text
    if (text)
      bodyLines(body).forEach(line => log(`  ${line}`))
    return { status: res.status, headers: res.headers, body }
  }
}
// #endregion show-exchange

/** A long JSON object is wrapped between its members (whole members per line, back-row legible). */
export function bodyLines(body: unknown, width = 72): string[] {
  const compact = typeof body === 'string' ? body : JSON.stringify(body)
  if (compact.length <= width || typeof body !== 'object' || body === null || Array.isArray(body))
    return [compact]
  const members = Object.entries(body).map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`)
  const lines: string[] = []
  for (const member of members) {
    const last = lines.length - 1
    if (last >= 0 && lines[last]!.length + member.length + 1 <= width)
      lines[last] += `,${member}`
    else
      lines.push(last < 0 ? `{${member}` : ` ${member}`)
  }
  return lines.map((line, i) => (i < lines.length - 1 ? `${line},` : `${line}}`))
}
