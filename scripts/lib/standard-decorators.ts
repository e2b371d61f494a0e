// Vite's oxc transform does not lower TC39 standard decorators yet, and neither Node nor V8 run
// them natively. This plugin lets TypeScript (which implements the standard) lower the files that
// use them — the same transform Slidev applies to live blocks in the browser.
import ts from 'typescript'
import type { Plugin } from 'vite'

const USES_DECORATOR = /(?:^|[\s;{}])@[A-Za-z_$][\w$.]*(?:\(|\s)/m

export function standardDecorators(): Plugin {
  return {
    name: 'kit:standard-decorators',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0]!
      if (!/\.[mc]?ts$/.test(file) || file.includes('/node_modules/') || !USES_DECORATOR.test(code))
        return undefined
      const out = ts.transpileModule(code, {
        fileName: file,
        compilerOptions: {
          target: ts.ScriptTarget.ES2022,
          module: ts.ModuleKind.ESNext,
          verbatimModuleSyntax: true,
          sourceMap: true,
          inlineSources: true,
        },
      })
      return { code: out.outputText.replace(/\/\/# sourceMappingURL=.*$/m, ''), map: out.sourceMapText ?? null }
    },
  }
}
