import { defineCodeRunnersSetup } from '@slidev/types'
// @ts-expect-error Slidev's virtual module: the import table of browser-run blocks
import deps from '#slidev/monaco-run-deps'
// @ts-expect-error the kit's virtual module (setup/vite-plugins.ts)
import liveModules from 'virtual:kit-live-modules'

// Let live blocks import the deck's snippets by the same relative path the files use.
export default defineCodeRunnersSetup(() => {
  Object.assign(deps as Record<string, unknown>, liveModules as Record<string, unknown>)
})
