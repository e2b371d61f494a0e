// Config of the child vitest runs: the deck's test options (snippet test-config.ts), applied
// to the anti-pattern suites in this folder, which must never run in the main suite.
import { defineConfig } from 'vitest/config'
import { testConfig } from '../../../../snippets/testing/api-testing/test-config.ts'

const { setupFiles: _s, globalSetup: _g, include: _i, ...options } = testConfig // no kit-wide setup here

export default defineConfig({
  test: { ...options, include: ['tests/testing/api-testing/meta/*.meta.ts'], testTimeout: 60_000 },
})
