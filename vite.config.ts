// Slidev loads this file for every deck (the repo root is the decks' addon).
//
// In this multi-deck layout Slidev counts as "installed globally" (node_modules is outside the
// deck folder), so every Slidev process on the machine shares one Vite dependency cache
// (node_modules/@slidev/cli/node_modules/.vite) and re-optimizes it whenever the deck changes;
// two processes doing that at once break each other's pages. KIT_VITE_CACHE_DIR gives a process
// its own cache: dev servers use .kit/vite/<section>/<deck> (scripts/lib/slidev.ts), exports
// .kit/vite-export/<section>/<deck> (scripts/lib/export.ts). Unset, nothing changes.
export default {
  cacheDir: process.env.KIT_VITE_CACHE_DIR || undefined,
}
