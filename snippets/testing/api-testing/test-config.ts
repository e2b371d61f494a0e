// What the kit configures for tests, as a vitest.config.ts `test` block. Async tests need no
// switch (pytest's asyncio_mode = "auto"): vitest awaits them natively.
// #region config
export const testConfig = {
  include: ['tests/**/*.test.ts'],
  environment: 'node',
  setupFiles: ['tests/setup.ts'],           // runs before every test file
  globalSetup: ['tests/global-setup.ts'],   // once per run: Postgres, Redis, fake LLM
  restoreMocks: true,                       // every vi.spyOn / vi.fn reset after each test
  unstubEnvs: true,                         // vi.stubEnv undone after each test
  unstubGlobals: true,                      // vi.stubGlobal undone after each test
} as const
// #endregion config
