// Which chunk a module goes to in a built deck (setup/shared-chunks.ts): the deck's own modules
// apart, everything else by where it comes from, never by which deck is built.
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { isDeckModule, sharedChunkOf } from '../../setup/shared-chunks.ts'

describe('shared chunks', () => {
  it('puts the deck\'s own modules in its deck chunk, and leaves each slide its own', () => {
    for (const id of ['/@slidev/configs', '/@slidev/slides', '/@slidev/title-renderer.md', '/@server-reactive/nav', '/work/kit/decks/a/b/slides.md__slidev_3.frontmatter', '\0virtual:kit-recordings'])
      expect(isDeckModule(id), id).toBe(true)
    for (const id of ['/@slidev/slides/3/md', '/work/kit/decks/a/b/slides.md__slidev_3.md', '/work/kit/node_modules/vue/index.js']) {
      expect(isDeckModule(id), id).toBe(false)
      if (id.includes('slides'))
        expect(sharedChunkOf(id), id).toBeNull()
    }
  })

  it('groups Slidev\'s client by folder and node_modules by package', () => {
    expect(sharedChunkOf('/k/node_modules/@slidev/client/composables/useNav.ts')).toBe('slidev/composables')
    expect(sharedChunkOf('/k/node_modules/@slidev/client/builtin/VClick.ts?vue&type=script')).toBe('slidev/builtin')
    expect(sharedChunkOf('/k/node_modules/@slidev/client/main.ts')).toBe('slidev/root')
    expect(sharedChunkOf('/k/node_modules/@vueuse/core/dist/index.mjs')).toBe('lib/vueuse-core')
    expect(sharedChunkOf('/k/node_modules/floating-vue/dist/index.js')).toBe('lib/floating-vue')
    expect(sharedChunkOf('/elsewhere/components/CallStack.vue')).toBeNull()
  })

  it('groups the kit\'s setup and styles together, and gives each component its own chunk', () => {
    const kit = fileURLToPath(new URL('../../', import.meta.url))
    expect(sharedChunkOf(`${kit}setup/fit-code.ts`)).toBe('kit')
    expect(sharedChunkOf(`${kit}styles/kit.css`)).toBe('kit')
    expect(sharedChunkOf(`${kit}components/CallStack.vue?vue&type=style&index=0&lang.css`)).toBe('kit/CallStack')
    expect(isDeckModule(`${kit}snippets/core-concepts/decorators/memoize.ts`)).toBe(true)
  })
})
