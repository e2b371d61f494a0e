// The guide's format_sse: one `field: value` line per field, every data line prefixed, a blank
// line at the end. Needed whenever SSE is produced outside Hono's writeSSE. Browser-safe.

// #region format-sse
export interface SseMessage {
  data: string, event?: string, id?: string, retry?: number
}

export function formatSse({ data, event, id, retry }: SseMessage): string {
  for (const [name, value] of [['event', event], ['id', id]] as const) {
    if (value !== undefined && /[\r\n]/.test(value))
      throw new Error(`${name} must not contain a line break`)
  }
  const lines: string[] = []
  if (event !== undefined) lines.push(`event: ${event}`)
  if (id !== undefined) lines.push(`id: ${id}`)
  if (retry !== undefined) lines.push(`retry: ${retry}`)
  for (const line of data.split(/\r\n|\r|\n/)) lines.push(`data: ${line}`)
  return `${lines.join('\n')}\n\n` // the blank line dispatches the event
}
// #endregion format-sse

/** DON'T: one newline at the end - the client never dispatches this event. */
export const formatSseBroken = ({ data }: SseMessage) => `data: ${data}\n`
