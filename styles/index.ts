// Self-hosted fonts: decks render the same on conference wifi as at home.
import '@fontsource/nunito-sans/400.css'
import '@fontsource/nunito-sans/600.css'
import '@fontsource/nunito-sans/700.css'
import '@fontsource/nunito-sans/400-italic.css'
import '@fontsource/fira-code/400.css'
import '@fontsource/fira-code/600.css'
import './kit.css'

// Code token colours by class (setup/code-colors.ts), from the same list the highlighter uses.
import { tokenColorsCss } from '../setup/code-colors.ts'

const tokenColors = document.createElement('style')
tokenColors.dataset.kit = 'token-colors'
tokenColors.textContent = tokenColorsCss
document.head.append(tokenColors)
