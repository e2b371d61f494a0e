// Runs code (typically a live demo's module) and returns what it printed, one string per call,
// the way the slide's output panel shows it. The console is restored even when the code throws.
import { vi } from 'vitest'

const METHODS = ['log', 'info', 'warn', 'error', 'debug'] as const

export async function captureConsole(run: () => unknown): Promise<string[]> {
  const lines: string[] = []
  const spies = METHODS.map(method => vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
    lines.push(args.map(String).join(' '))
  }))
  try {
    await run()
  }
  finally {
    for (const spy of spies)
      spy.mockRestore()
  }
  return lines
}
