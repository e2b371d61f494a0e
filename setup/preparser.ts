import { definePreparserSetup } from '@slidev/types'
import { deckDefaults } from './deck-defaults.ts'

// The headmatter is the frontmatter of the first slide; fill in the kit's shared settings there.
export default definePreparserSetup(() => [{
  name: 'kit:deck-defaults',
  async transformSlide(_content, frontmatter: Record<string, unknown>) {
    if (!('addons' in frontmatter))
      return undefined
    for (const [key, value] of Object.entries(deckDefaults))
      frontmatter[key] ??= value
    return undefined
  },
}])
