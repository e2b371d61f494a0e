// Deck settings shared by every deck of the kit, written once here instead of in 33 headmatters.
// A deck's own headmatter still wins for any key it sets.
const favicon = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#0f766e"/>'
  + '<path d="M9 10l6 6-6 6M17 22h7" stroke="#fff" stroke-width="3" fill="none" stroke-linecap="round" stroke-linejoin="round"/></svg>',
)}`

export const deckDefaults: Record<string, unknown> = {
  theme: 'default',
  // Offline by default: fonts are self-hosted (styles/index.ts), no CDN favicon, no remote assets.
  fonts: { sans: 'Nunito Sans', mono: 'Fira Code', provider: 'none' },
  favicon,
  remoteAssets: false,
  // Editors and live runs only in `npm run dev`: a built site or PDF shows each live block's code
  // and recorded output (setup/preparser.ts), so neither bundles Monaco.
  monaco: 'dev',
  // Live blocks skip semantic checks (setup/monaco.ts): no type bundle per deck, smaller and faster builds.
  monacoTypesSource: 'none',
  colorSchema: 'light',
  aspectRatio: '16/9',
  canvasWidth: 980,
  transition: 'slide-left',
  lineNumbers: false,
  twoslash: false,
  mdc: true,
  drawings: { persist: false },
  download: false,
  record: 'dev',
  titleTemplate: '%s · Backend Workshop Kit',
  themeConfig: { primary: '#0f766e' },
}
