import vue from '@vitejs/plugin-vue'
import { configDefaults, defineConfig } from 'vitest/config'

// Unit and component tests. Browser tests on the built site live in tests/e2e and run
// through scripts/test-site.mjs with their own config.
export default defineConfig({
  plugins: [vue()],
  test: {
    include: ['**/*.test.ts'],
    exclude: [...configDefaults.exclude, 'tests/e2e/**', '.vitepress/dist*/**', '.vitepress/cache/**'],
    environment: 'node',
    // Generous: property tests and CLI process tests run on two shared cores.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
})
