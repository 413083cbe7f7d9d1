import { defineConfig } from 'vitest/config'

// Browser tests against the built site (see scripts/test-site.ts). One file at a time:
// the machines have two cores and each file drives its own Chromium.
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
