// Test helper: a response body as a reader of parsed SSE events.
import { EventSourceParserStream } from 'eventsource-parser/stream'

export const sseReader = (res: Response) => {
  if (!res.body) throw new Error('no body')
  return res.body.pipeThrough(new TextDecoderStream()).pipeThrough(new EventSourceParserStream()).getReader()
}
