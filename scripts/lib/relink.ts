// Relinks one deck's built chunks so that the chunks every deck shares are stored once.
//
// setup/shared-chunks.ts makes Rolldown emit the same code for a shared chunk in every deck. What
// still differs is how chunks name each other: `import … from "./env-2qBNn6vM.js"`, whose hash
// changes with the deck. So each chunk refers to the others by a stable name instead
// (`./env.js`), is stored under a hash of that content (`env-<hash>.js`), and the deck's page
// carries an import map from stable names to stored ones. Browsers apply import maps to
// relative imports and to `import.meta.resolve`, which Vite's preloader uses.
import { createHash } from 'node:crypto'
import { posix } from 'node:path'

/** Rolldown's chunk file names: `[name]-[hash].js`. */
const CHUNK = /^(.+)-[\w-]{8}\.js$/
/** A quoted relative path to a .js file: an import, a dynamic import or a preload list entry. */
const SPECIFIER = /(["'`])(\.\.?\/[^"'`\s]*?\.js)\1/g

export interface RelinkedChunks {
  /** Stored name (under assets/) → content, for every chunk. */
  chunks: Map<string, string>
  /** Name Rolldown gave a chunk → its stored name. */
  renamed: Map<string, string>
  /** Stable name → stored name: the deck's import map, paths under assets/. */
  importMap: Record<string, string>
}

const logicalName = (file: string) => `${CHUNK.exec(file)![1]}.js`
const contentHash = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 8)

/** `files`: every file of the deck's assets/ folder, by path under it (forward slashes). */
export function relinkChunks(files: string[], read: (file: string) => string): RelinkedChunks {
  const chunkFiles = files.filter(file => CHUNK.test(file))
  const uses = new Map<string, number>()
  for (const file of chunkFiles)
    uses.set(logicalName(file), (uses.get(logicalName(file)) ?? 0) + 1)
  // A name several chunks share (one per slide: `md`) cannot be stable: those keep their own.
  const stable = new Map(chunkFiles.map(file => [file, uses.get(logicalName(file)) === 1 ? logicalName(file) : file]))

  const result: RelinkedChunks = { chunks: new Map(), renamed: new Map(), importMap: {} }
  for (const file of chunkFiles) {
    const dir = posix.dirname(file)
    const text = read(file).replace(SPECIFIER, (whole, quote: string, specifier: string) => {
      const target = stable.get(posix.join(dir, specifier))
      if (!target)
        return whole
      const relative = posix.relative(dir, target)
      return `${quote}${relative.startsWith('.') ? relative : `./${relative}`}${quote}`
    })
    const stored = `${logicalName(file).slice(0, -3)}-${contentHash(text)}.js`
    result.chunks.set(stored, text)
    result.renamed.set(file, stored)
    result.importMap[stable.get(file)!] = stored
  }
  return result
}
