import { defineConfig } from 'vitest/config'
import { standardDecorators } from './scripts/lib/standard-decorators.ts'

export default defineConfig({
  plugins: [standardDecorators()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', '**/node_modules/**'],
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        // Builds decks and walks them in Chromium: slow, so one file at a time; a hook that
        // builds or exports every deck of the course may take many minutes on two cores.
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 3_600_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
