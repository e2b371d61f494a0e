// Code tokens coloured by class, not by an inline style: `{class:"t1"}` instead of
// `{style:{color:"#B07D48"}}`, and tokens in the most frequent colour (punctuation), which is the
// line's own, need no element at all. On the course's ~100,000 tokens that makes the built site
// about 2 MB lighter. The colours are vitesse-light's (setup/shiki.ts); a colour missing here
// keeps its inline style, so a theme change can never lose one.
import type { Element, ElementContent } from 'hast'
import type { ShikiTransformer } from 'shiki'

/** vitesse-light's token colours, most frequent first: the first is every line's colour. */
export const TOKEN_COLORS = [
  '#999999', '#B07D48', '#59873A', '#B5695977', '#1E754F', '#AB5959', '#B56959', '#2E8F82',
  '#998418', '#A0ADA0', '#2F798A', '#A65E2B', '#393A34', '#AB5E3F', '#5A6AA6', '#BDA437', '#99841877',
]

const LINE_CLASS = 't0'
const classOf = new Map(TOKEN_COLORS.map((color, index) => [`color:${color.toLowerCase()}`, `t${index}`]))
const inLineColour = (node: ElementContent): node is Element => node.type === 'element' && node.properties.class === LINE_CLASS

/** The stylesheet that gives each class its colour (styles/index.ts). */
export const tokenColorsCss = [
  `.slidev-code .line{color:${TOKEN_COLORS[0]}}`,
  ...TOKEN_COLORS.slice(1).map((color, index) => `.slidev-code .t${index + 1}{color:${color}}`),
].join('\n')

export const tokenClasses: ShikiTransformer = {
  name: 'kit:token-classes',
  span(node) {
    const style = node.properties.style
    const name = typeof style === 'string' && node.properties.class === undefined ? classOf.get(style.toLowerCase()) : undefined
    if (name) {
      delete node.properties.style
      node.properties.class = name
    }
  },
  line(node) {
    const children: ElementContent[] = []
    for (const child of node.children.flatMap(child => inLineColour(child) ? child.children : [child])) {
      const previous = children.at(-1)
      if (child.type === 'text' && previous?.type === 'text')
        previous.value += child.value
      else
        children.push(child)
    }
    node.children = children
  },
}
