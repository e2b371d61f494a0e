import { defineMonacoSetup } from '@slidev/types'

// Snippets are type-checked by `npm run typecheck`; in the slide editor, semantic squiggles
// (unresolved kit imports, missing package types) would only distract the room.
export default defineMonacoSetup((monaco) => {
  for (const defaults of [monaco.typescript.typescriptDefaults, monaco.typescript.javascriptDefaults])
    defaults.setDiagnosticsOptions({ noSemanticValidation: true, noSyntaxValidation: false })
  // No word wrap: an editor laid out while its slide is still hidden would wrap every character.
  return { editorOptions: { fontSize: 15, lineHeight: 22, minimap: { enabled: false } } }
})
