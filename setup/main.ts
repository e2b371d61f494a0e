// Slidev's app setup for every deck of the kit.
import { defineAppSetup } from '@slidev/types'
import { fitCodeBlocksIn } from './fit-code'

export default defineAppSetup(() => {
  if (typeof document !== 'undefined')
    fitCodeBlocksIn(document.body)
})
