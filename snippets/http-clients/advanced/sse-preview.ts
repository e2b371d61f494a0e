// Preview of server-sent events: the fake LLM streams tokens as SSE; eventsource-parser turns the
// byte stream into events. Browser-runnable. (Full treatment: web-api/streaming.)
import { EventSourceParserStream } from 'eventsource-parser/stream'

// #region tokens
/** The content deltas of an OpenAI-style SSE stream, until `[DONE]`. */
export async function* tokens(body: ReadableStream<Uint8Array<ArrayBuffer>>): AsyncGenerator<string> {
  const events = body.pipeThrough(new TextDecoderStream()).pipeThrough(new EventSourceParserStream())
  for await (const event of events) {
    if (event.data === '[DONE]') return
    const chunk = JSON.parse(event.data) as { choices: Array<{ delta: { content?: string } }> }
    yield chunk.choices[0]?.delta.content ?? ''
  }
}
// #endregion tokens
