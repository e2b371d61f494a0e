// httpx's aiter_lines() for Web Streams: a TransformStream from text chunks to lines.
// Browser-safe.

// #region lines-transform
export function lineSplitter(): TransformStream<string, string> {
  let rest = '' // the unfinished line, carried to the next chunk
  return new TransformStream({
    transform(chunk, controller) {
      const lines = (rest + chunk).split(/\r?\n/)
      rest = lines.pop() ?? ''
      for (const line of lines) controller.enqueue(line)
    },
    flush(controller) { // the last line may have no newline
      if (rest) controller.enqueue(rest)
    },
  })
}
// usage: res.body.pipeThrough(new TextDecoderStream()).pipeThrough(lineSplitter())
// #endregion lines-transform
