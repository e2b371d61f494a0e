// A JSON message protocol over a socket: an envelope, one payload schema per type (zod), and a
// router from type to handler. Pure logic: runs in Node and in the browser slide.
import { z } from 'zod'
import { OPEN, type SocketLike } from './connection-manager.ts'

// #region envelope-schemas
const RequestId = z.string().min(1).max(64).optional()
/** Any well-formed frame: a type, an object payload (default {}), an optional request_id. */
export const Envelope = z.object({
  type: z.string().min(1).max(64),
  payload: z.record(z.string(), z.unknown()).default({}),
  request_id: RequestId,
})
/** The types we know, each with its own payload schema. */
export const Incoming = z.discriminatedUnion('type', [
  z.object({ type: z.literal('chat'), request_id: RequestId,
    payload: z.object({ text: z.string().min(1).max(4000) }) }),
  z.object({ type: z.literal('subscribe'), request_id: RequestId,
    payload: z.object({ channel: z.string().min(1).max(64).default('default') }) }),
])
export type Incoming = z.infer<typeof Incoming>
export interface Outgoing {
  type: string, payload: Record<string, unknown>, request_id: string | null, timestamp: string
}
// #endregion envelope-schemas

export type Handlers = {
  [T in Incoming['type']]: (message: Extract<Incoming, { type: T }>) => Promise<Record<string, unknown>>
}

export const exampleHandlers: Handlers = {
  chat: async ({ payload }) => ({ message: `You said: ${payload.text}` }),
  subscribe: async ({ payload }) => ({ subscribed: payload.channel }),
}

export const frame = (type: string, payload: Record<string, unknown>, requestId: string | null = null,
  now = new Date()): string =>
  JSON.stringify({ type, payload, request_id: requestId, timestamp: now.toISOString() } satisfies Outgoing)

const issues = (error: z.ZodError) => error.issues.map(i => ({ field: i.path.join('.'), message: i.message }))

/** Exhaustive: a new message type that has no case here is a type error. */
function dispatch(handlers: Handlers, message: Incoming): Promise<Record<string, unknown>> {
  switch (message.type) {
    case 'chat': return handlers.chat(message)
    case 'subscribe': return handlers.subscribe(message)
  }
}

const isKnown = (handlers: Handlers, type: string): type is keyof Handlers => Object.hasOwn(handlers, type)
const parseJson = (raw: string): { ok: true, value: unknown } | { ok: false } => {
  try { return { ok: true, value: JSON.parse(raw) } }
  catch { return { ok: false } }
}

// #region router
export function createRouter(handlers: Handlers, now = () => new Date()) {
  return async function route(raw: string, socket: SocketLike): Promise<void> {
    const send = (type: string, payload: Record<string, unknown>, id: string | null) => {
      if (socket.readyState === OPEN) socket.send(frame(type, payload, id, now()))
    }
    const json = parseJson(raw)
    if (!json.ok) return send('error', { message: 'Invalid JSON' }, null)
    const envelope = Envelope.safeParse(json.value)
    if (!envelope.success)
      return send('error', { message: 'Invalid message format', issues: issues(envelope.error) }, null)
    const { type, request_id: id = null } = envelope.data
    if (!isKnown(handlers, type)) return send('error', { message: `Unknown message type: ${type}` }, id)
    const message = Incoming.safeParse(envelope.data)
    if (!message.success)
      return send('error', { message: 'Invalid message format', issues: issues(message.error) }, id)
    send(`${type}_response`, await dispatch(handlers, message.data), id)
  }
}
// #endregion router
