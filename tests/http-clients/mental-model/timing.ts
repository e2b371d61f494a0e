// Helpers for the deck's real-socket tests: wait for what the server observes (a close arrives a
// moment after the client acts) instead of sleeping a fixed time.
export async function until(check: () => boolean, ms = 5000): Promise<void> {
  for (const end = performance.now() + ms; !check();) {
    if (performance.now() > end)
      throw new Error(`condition not met within ${ms} ms`)
    await new Promise(r => setTimeout(r, 5))
  }
}

