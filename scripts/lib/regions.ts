// `// #region name` … `// #endregion name` blocks in a snippet, read the way Slidev reads them:
// nested regions allowed, every marker line left out of the imported code.
const START = /^\s*\/\/\s*#?region\b\s*(.*?)\s*$/
const END = /^\s*\/\/\s*#?endregion\b\s*(.*?)\s*$/

export interface Region {
  name: string
  /** 1-based line of the `#region` marker in the file. */
  startLine: number
  /** The imported lines, markers removed and common indentation kept as in the file. */
  lines: string[]
}

export function listRegions(source: string): string[] {
  const names = source.split(/\r?\n/).flatMap(line => START.exec(line)?.[1] || [])
  return [...new Set(names)]
}

export function findRegion(source: string, name: string): Region | undefined {
  const lines = source.split(/\r?\n/)
  const start = lines.findIndex(line => START.exec(line)?.[1] === name)
  if (start < 0)
    return undefined
  let depth = 1
  for (let i = start + 1; i < lines.length; i++) {
    if (START.exec(lines[i]!)?.[1] === name) {
      depth++
      continue
    }
    const end = END.exec(lines[i]!)?.[1]
    if ((end === name || end === '') && --depth === 0) {
      const body = lines.slice(start + 1, i).filter(line => !START.test(line) && !END.test(line))
      return { name, startLine: start + 1, lines: body }
    }
  }
  return undefined
}
