// Code on a slide must be readable to its last character from the back row. A block whose
// longest line is wider than the block gets a slightly smaller font (never below 75 %) instead
// of a scrollbar that hides the end of the line. A block that would need more is left as it
// is: the slide needs splitting, and the e2e deck walk (tests/e2e/decks.test.ts) says which.
export const MIN_CODE_SCALE = 0.75

const BASE = { fontSize: '--slidev-code-font-size', lineHeight: '--slidev-code-line-height' } as const

/** How much wider the content is than the room for it (1 = fits). */
function overflowRatio(pre: HTMLElement): number {
  const style = getComputedStyle(pre)
  const padding = Number.parseFloat(style.paddingLeft) + Number.parseFloat(style.paddingRight)
  return (pre.scrollWidth - padding) / Math.max(1, pre.clientWidth - padding)
}

/** Shrinks one block's font just enough for its longest line to fit, down to MIN_CODE_SCALE. */
export function fitCodeBlock(pre: HTMLElement): void {
  pre.style.removeProperty(BASE.fontSize)
  pre.style.removeProperty(BASE.lineHeight)
  if (pre.clientWidth === 0 || overflowRatio(pre) <= 1)
    return // not laid out yet (it is fitted when it shows), or it fits
  const style = getComputedStyle(pre)
  const fontSize = Number.parseFloat(style.fontSize)
  const lineHeight = Number.parseFloat(style.lineHeight) || fontSize * 1.5
  const apply = (scale: number) => {
    pre.style.setProperty(BASE.fontSize, `${(fontSize * scale).toFixed(2)}px`)
    pre.style.setProperty(BASE.lineHeight, `${(lineHeight * scale).toFixed(2)}px`)
  }
  let scale = Math.max(MIN_CODE_SCALE, 1 / overflowRatio(pre))
  apply(scale)
  while (overflowRatio(pre) > 1 && scale > MIN_CODE_SCALE) { // glyph widths round: step down
    scale = Math.max(MIN_CODE_SCALE, scale - 0.01)
    apply(scale)
  }
}

/** Fits every code block now and whenever one appears or changes width (slides mount lazily). */
export function fitCodeBlocksIn(root: HTMLElement): () => void {
  const widths = new WeakMap<Element, number>()
  const pending = new Set<HTMLElement>()
  const fitPending = () => {
    pending.forEach(fitCodeBlock)
    pending.clear()
  }
  const resized = new ResizeObserver((entries) => {
    for (const { target, contentRect } of entries) {
      if (widths.get(target) === contentRect.width)
        continue // a height change from our own font change: nothing to refit
      widths.set(target, contentRect.width)
      pending.add(target as HTMLElement)
    }
    if (pending.size > 0) // next frame: resizing inside this callback would loop the observer
      requestAnimationFrame(fitPending)
  })
  const watch = (node: Node) => {
    if (!(node instanceof HTMLElement))
      return
    if (node.matches('pre.slidev-code'))
      resized.observe(node)
    node.querySelectorAll('pre.slidev-code').forEach(pre => resized.observe(pre))
  }
  const added = new MutationObserver(records => records.forEach(r => r.addedNodes.forEach(watch)))
  added.observe(root, { childList: true, subtree: true })
  watch(root)
  // Web fonts change glyph widths: fit again once they have loaded.
  void document.fonts.ready.then(() => root.querySelectorAll<HTMLElement>('pre.slidev-code').forEach(fitCodeBlock))
  return () => {
    added.disconnect()
    resized.disconnect()
  }
}
