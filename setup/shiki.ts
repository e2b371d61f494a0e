import { defineShikiSetup } from '@slidev/types'
import { tokenClasses } from './code-colors.ts'

// Decks are light only (deck-defaults.ts): one theme, so each code token carries one colour
// instead of a light and a dark one, and every built slide is about a quarter lighter.
export default defineShikiSetup(() => ({ theme: 'vitesse-light', transformers: [tokenClasses] }))
