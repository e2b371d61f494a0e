// Chunks that come out byte-identical in every deck's build, so the course site stores them once.
//
// Left to itself, Rolldown groups modules by which pages reach them and mangles the names chunks
// export to each other, so two decks that differ in one slide differ in most chunks. Here:
//   - the deck's own modules (its config, slide list, frontmatter, titles, live blocks and
//     recordings) go to one `deck` chunk; each slide keeps its own lazy chunk;
//   - the rest is grouped by where it comes from (one chunk per folder of Slidev's client, per
//     package of node_modules, per kit component), which does not depend on the deck;
//   - exports keep their names, so a chunk's bytes do not depend on what other chunks import;
//   - modules run in source order across chunks (chunks by origin import each other in circles).
// What is still different is only the hashed file names chunks import each other by; the site
// merge (scripts/lib/site.ts) replaces those with stable names and an import map per deck.
// `npm run dev` and exports are not affected (build only).
import type { Plugin } from 'vite'
import { fileURLToPath } from 'node:url'

const kitRoot = fileURLToPath(new URL('..', import.meta.url))

/** Modules whose content is the deck's own (its live blocks' snippets too). */
export function isDeckModule(id: string): boolean {
  if (id.startsWith('/@slidev/'))
    return !/^\/@slidev\/slides\/\d+\/md/.test(id) && !id.startsWith('/@slidev/monaco')
  return id.startsWith('/@server-reactive/') || id.includes('.frontmatter') || id.startsWith('\0virtual:kit-')
    || id.includes('/node_modules/.slidev/') || id.startsWith(`${kitRoot}snippets/`)
}

/** The chunk of a module that is the same in every deck, or null for Rolldown's default. */
export function sharedChunkOf(id: string): string | null {
  if (isDeckModule(id) || id.includes('slides.md__slidev_'))
    return null
  const client = id.match(/\/@slidev\/client\/([^?]*)/)
  if (client) {
    const parts = client[1]!.split('/')
    return `slidev/${parts.length > 1 ? parts[0] : 'root'}`
  }
  const pkg = id.match(/\/node_modules\/((?:@[^/]+\/)?[^/]+)/)
  if (pkg)
    return `lib/${pkg[1]!.replace('@', '').replace('/', '-')}`
  // The kit's own client code: its setup and styles, and each component on its own (decks use some).
  const kit = id.startsWith(kitRoot) ? id.slice(kitRoot.length).split('?')[0]! : ''
  if (/^(?:setup|styles)\//.test(kit))
    return 'kit'
  return kit.startsWith('components/') ? `kit/${kit.slice('components/'.length).replace(/\.\w+$/, '')}` : null
}

export function sharedChunks(): Plugin {
  return {
    name: 'kit:shared-chunks',
    apply: 'build',
    config: () => ({
      build: {
        // A dynamic import preloads only the stylesheets it needs. Its scripts are the runtime,
        // loaded with the page already, or a slide's few components: listing them all in every
        // deck's chunks for each slide cost a quarter of a megabyte over the course.
        modulePreload: { resolveDependencies: (_file: string, deps: string[], { hostType }: { hostType: string }) => hostType === 'html' ? deps : deps.filter(dep => dep.endsWith('.css')) },
        rollupOptions: {
          output: {
            minifyInternalExports: false,
            strictExecutionOrder: true,
            codeSplitting: {
              // A group takes its modules only: their imports stay where their own rule puts them.
              includeDependenciesRecursively: false,
              groups: [
                // Slidev's own lazy groups (its manualChunks, which codeSplitting replaces).
                { name: 'monaco/bundled-types', test: (id: string) => id.startsWith('/@slidev-monaco-types/') || id.includes('/@slidev/monaco-types') || id.endsWith('?monaco-types&raw') },
                { name: 'modules/shiki', test: /\/shiki\/|\/@shikijs\// },
                { name: 'modules/unplugin-icons', test: /^~icons\// },
                { name: 'modules/file-saver', test: /\/node_modules\/file-saver\// },
                { name: 'modules/vue', test: /\/node_modules\/(?:vue|@vue)\// },
                { name: 'deck', test: isDeckModule },
                // A null name leaves the module to Rolldown: no separate test, one lookup per module.
                { name: sharedChunkOf },
              ],
            },
          },
        },
      },
    }),
  }
}
