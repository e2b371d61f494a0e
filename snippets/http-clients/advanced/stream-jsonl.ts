// JSON Lines over a byte stream: chunks split lines (and UTF-8 characters) anywhere, so decode
// with a streaming TextDecoder, keep the unfinished tail, and parse only complete lines.
// Browser-runnable: works on fetch's ReadableStream (async-iterable) or any async iterable.

// #region lines
/** Complete text lines of a byte stream; the last line may lack its newline. */
export async function* lines(body: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder() // stream: true keeps a split character for the next chunk
  let carry = ''
  for await (const chunk of body) {
    const parts = (carry + decoder.decode(chunk, { stream: true })).split('\n')
    carry = parts.pop() ?? '' // unfinished: wait for the next chunk
    yield* parts
  }
  carry += decoder.decode()
  if (carry !== '') yield carry
}

/** One record per non-empty line; a bad line fails with its 1-based number. */
export async function* jsonLines(body: AsyncIterable<Uint8Array>): AsyncGenerator<unknown> {
  let n = 0
  for await (const line of lines(body)) {
    n++
    if (line.trim() === '') continue
    try { yield JSON.parse(line) }
    catch (err) { throw new SyntaxError(`line ${n}: invalid JSON`, { cause: err }) }
  }
}
// #endregion lines
