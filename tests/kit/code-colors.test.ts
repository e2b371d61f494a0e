// Code tokens coloured by class, the line's own colour needing no element (setup/code-colors.ts).
import { codeToHtml } from 'shiki'
import { describe, expect, it } from 'vitest'
import { TOKEN_COLORS, tokenClasses, tokenColorsCss } from '../../setup/code-colors.ts'

const code = [
  'export async function fetchUser(id: string): Promise<User> {',
  '  // one retry, then give up',
  '  const res = await fetch(`/users/${id}`, { signal: AbortSignal.timeout(2_000) })',
  '  return (await res.json()) as User',
  '}',
].join('\n')

const highlight = (transformers = [tokenClasses]) => codeToHtml(code, { lang: 'ts', theme: 'vitesse-light', transformers })
const text = (html: string) => html.replace(/<[^>]+>/g, '').replaceAll('&#x3C;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&')
/** The colour each character of the code is drawn in, given a class → colour lookup. */
function colours(html: string, colourOf: (attributes: string) => string | undefined, lineColour: string): string[] {
  const result: string[] = []
  for (const line of html.match(/<span class="line">.*?<\/span>(?=\n|<\/code>)/g) ?? []) {
    for (const match of line.replace(/^<span class="line">|<\/span>$/g, '').matchAll(/<span ([^>]*)>([^<]*)<\/span>|([^<]+)/g)) {
      const [, attributes, token, bare] = match
      result.push(...[...text(token ?? bare ?? '')].map(() => (attributes ? colourOf(attributes) : lineColour) ?? 'none'))
    }
  }
  return result
}

describe('token classes', () => {
  it('draws every character in the colour the theme gives it, without inline colours', async () => {
    const plain = await highlight([])
    const classed = await highlight()
    expect(text(classed)).toBe(text(plain))
    expect(classed).not.toMatch(/<span style="color:#/)
    const byStyle = (attributes: string) => /color:(#\w+)/.exec(attributes)?.[1]?.toUpperCase()
    const byClass = (attributes: string) => {
      const index = /class="t(\d+)"/.exec(attributes)?.[1]
      return index === undefined ? undefined : TOKEN_COLORS[Number(index)]
    }
    expect(colours(classed, byClass, TOKEN_COLORS[0]!)).toEqual(colours(plain, byStyle, '#393A34'))
  })

  it('gives the line its colour and every other class one rule', () => {
    expect(tokenColorsCss).toContain(`.slidev-code .line{color:${TOKEN_COLORS[0]}}`)
    TOKEN_COLORS.slice(1).forEach((colour, index) => expect(tokenColorsCss).toContain(`.slidev-code .t${index + 1}{color:${colour}}`))
  })

  it('keeps the inline style of a colour it has no class for', async () => {
    const html = await codeToHtml('const a = 1', { lang: 'ts', theme: 'github-dark', transformers: [tokenClasses] })
    expect(html).toMatch(/<span style="color:#/)
  })
})
