// Node's built-in fetch without a dispatcher uses the process-wide default agent of Node's own
// bundled undici: no per-origin connection limit. Node only.

// #region global-fetch
/** n concurrent calls through the DEFAULT dispatcher: one socket per concurrent call. */
export function fanOutDefault(origin: string, n: number): Promise<string[]> {
  return Promise.all(Array.from({ length: n }, (_, i) =>
    fetch(`${origin}/v1/chat/completions`, { // globalThis.fetch: no `dispatcher`, no limit
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ messages: [{ role: 'user', content: `question ${i}` }] }),
    }).then(res => res.text())))
}
// #endregion global-fetch
