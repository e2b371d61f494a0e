import type { Plugin } from 'vite'
import { defineVitePluginsSetup } from '@slidev/types'
import { liveImports } from './live-modules.ts'

const VIRTUAL_ID = 'virtual:kit-live-modules'
const RESOLVED_ID = `\0${VIRTUAL_ID}`

/** A module mapping each import specifier of the deck's live blocks to the real module. */
function liveModulesPlugin(userRoot: string, markdownFiles: () => string[]): Plugin {
  return {
    name: 'kit:live-modules',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined
    },
    async load(id) {
      if (id !== RESOLVED_ID)
        return undefined
      const imports = liveImports(userRoot, markdownFiles())
      const lines: string[] = []
      const entries: string[] = []
      for (const [index, { specifier, importer }] of imports.entries()) {
        const resolved = await this.resolve(specifier, importer)
        if (!resolved)
          this.error(`live block imports "${specifier}" (from ${importer}), which does not resolve`)
        lines.push(`import * as m${index} from ${JSON.stringify(resolved.id)}`)
        entries.push(`${JSON.stringify(specifier)}: m${index}`)
      }
      return `${lines.join('\n')}\nexport default { ${entries.join(', ')} }\n`
    },
    handleHotUpdate({ file, server }) {
      if (file.endsWith('.md')) {
        const mod = server.moduleGraph.getModuleById(RESOLVED_ID)
        if (mod)
          server.moduleGraph.invalidateModule(mod)
      }
    },
  }
}

export default defineVitePluginsSetup(options => [
  liveModulesPlugin(options.userRoot, () => Object.keys(options.data.markdownFiles)),
])
