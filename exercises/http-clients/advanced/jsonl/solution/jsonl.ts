// Stream a JSON Lines response: one record per line, without holding the body in memory.
// Browser-safe: only web streams and TextDecoder.

/** One parsed record per non-empty line of `response`'s body, as it arrives. */
export async function* streamJsonLines(response: Response): AsyncGenerator<unknown> {
  if (!response.body) return
  const decoder = new TextDecoder() // stream: true keeps a split character for the next chunk
  let carry = ''
  let n = 0
  const parse = (line: string) => {
    n++
    if (line.trim() === '') return undefined
    try { return { record: JSON.parse(line) as unknown } }
    catch (err) { throw new SyntaxError(`line ${n}: invalid JSON`, { cause: err }) }
  }
  for await (const chunk of response.body) { // a consumer's break cancels the body
    const parts = (carry + decoder.decode(chunk, { stream: true })).split('\n')
    carry = parts.pop() ?? '' // unfinished: wait for the next chunk
    for (const line of parts) {
      const parsed = parse(line)
      if (parsed) yield parsed.record
    }
  }
  const last = parse(carry + decoder.decode())
  if (last) yield last.record
}
