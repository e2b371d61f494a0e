import type { Plugin } from 'vite'
import { randomBytes } from 'node:crypto'
import { defineVitePluginsSetup } from '@slidev/types'
import { nodeRunnerMiddleware, RUNNER_PATH } from '../scripts/lib/node-runner-http.ts'
import { readRecording } from '../scripts/lib/recordings.ts'
import { kitPath } from '../scripts/lib/node-runner.ts'
import { snippetImports } from '../scripts/lib/snippet-imports.ts'
import { standardDecorators } from '../scripts/lib/standard-decorators.ts'
import { readFileSync } from 'node:fs'
import { liveImports } from './live-modules.ts'
import { sharedChunks } from './shared-chunks.ts'
import { sharedVendor } from './shared-vendor.ts'

/** Virtual modules the kit's client code imports (setup/code-runners.ts). */
const MODULES = {
  live: 'virtual:kit-live-modules',
  runner: 'virtual:kit-node-runner',
  recordings: 'virtual:kit-recordings',
}
const resolved = (id: string) => `\0${id}`

function kitPlugin(mode: string, markdownFiles: () => string[]): Plugin {
  // A new secret per dev server: only the deck pages this server serves can use its runner.
  const secret = randomBytes(24).toString('hex')
  const ids = new Set(Object.values(MODULES).map(resolved))
  return {
    name: 'kit:live-blocks',
    resolveId(id) {
      return Object.values(MODULES).includes(id) ? resolved(id) : undefined
    },
    async load(id) {
      if (!ids.has(id))
        return undefined
      if (id === resolved(MODULES.runner)) {
        const runner = mode === 'dev' ? { endpoint: RUNNER_PATH, secret } : { endpoint: null, secret: null }
        return `export default ${JSON.stringify(runner)}\n`
      }
      if (id === resolved(MODULES.recordings)) {
        const recordings: Record<string, string | null> = {}
        for (const md of markdownFiles()) {
          for (const block of snippetImports(readFileSync(md, 'utf8'), md).filter(b => b.run)) {
            recordings[kitPath(block.file)] = readRecording(kitPath(block.file)) ?? null
          }
        }
        return `export default ${JSON.stringify(recordings)}\n`
      }
      const lines: string[] = []
      const entries: string[] = []
      for (const [index, { specifier, importer }] of liveImports(markdownFiles()).entries()) {
        const target = await this.resolve(specifier, importer)
        if (!target)
          this.error(`live block imports "${specifier}" (from ${importer}), which does not resolve`)
        lines.push(`import * as m${index} from ${JSON.stringify(target.id)}`)
        entries.push(`${JSON.stringify(specifier)}: m${index}`)
      }
      return `${lines.join('\n')}\nexport default { ${entries.join(', ')} }\n`
    },
    configureServer(server) {
      if (mode === 'dev')
        server.middlewares.use(nodeRunnerMiddleware(secret))
    },
    handleHotUpdate({ file, server }) {
      if (file.endsWith('.md') || file.endsWith('.recorded.txt')) {
        for (const id of ids) {
          const mod = server.moduleGraph.getModuleById(id)
          if (mod)
            server.moduleGraph.invalidateModule(mod)
        }
      }
    },
  }
}

export default defineVitePluginsSetup(options => [
  kitPlugin(options.mode, () => Object.keys(options.data.markdownFiles)),
  // Snippets may use TC39 decorators: lowered as in vitest (browsers do not run them natively yet).
  standardDecorators(),
  sharedVendor(),
  sharedChunks(),
])
