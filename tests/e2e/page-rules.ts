// What a deck page may do: talk to its own server only, and log no errors but known upstream noise.
import type { Page } from 'playwright-core'

/** Requests that stay on this machine: the deck's own server, loopback, and inline data. */
export function isLocalUrl(url: string, origin: string): boolean {
  if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:'))
    return true
  const { hostname } = new URL(url)
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]'
}

/**
 * Slidev 52.20.1's twoslash client tries to patch floating-vue's popper, which the production
 * build does not expose; it logs this on every page load of any Slidev build, kit or bare.
 */
const UPSTREAM_NOISE = [/^Failed to patch FloatingVue/]

export const isKnownUpstreamNoise = (text: string) => UPSTREAM_NOISE.some(pattern => pattern.test(text))

/**
 * Problems seen on a page since the last call: console errors (but known upstream noise), page
 * errors, requests leaving localhost (aborted). `origin` is the site's own origin (`file://` for files).
 */
export function watchPage(page: Page, origin: string): () => string[] {
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' && !isKnownUpstreamNoise(message.text()))
      problems.push(`console error: ${message.text().split('\n')[0]}`)
  })
  page.on('pageerror', error => problems.push(`page error: ${error.message}`))
  void page.route('**/*', async (route) => {
    const url = route.request().url()
    if (isLocalUrl(url, origin))
      return route.continue()
    problems.push(`request left localhost: ${url}`)
    return route.abort('blockedbyclient')
  })
  return () => problems.splice(0)
}
