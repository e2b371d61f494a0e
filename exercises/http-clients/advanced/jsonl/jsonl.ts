// Stream a JSON Lines response: one record per line, without holding the body in memory.
// Browser-safe: only web streams and TextDecoder.

/** One parsed record per non-empty line of `response`'s body, as it arrives. */
export async function* streamJsonLines(response: Response): AsyncGenerator<unknown> {
  // TODO: iterate response.body chunk by chunk instead of buffering it all
  // TODO: a streaming TextDecoder and a carry-over buffer for lines split across chunks
  // TODO: skip empty lines; parse a last line without newline
  // TODO: invalid JSON -> SyntaxError(`line ${n}: ...`)
  const text = await response.text()
  for (const line of text.split('\n'))
    yield JSON.parse(line)
}
