import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import type { Alias } from 'vite'

const require = createRequire(import.meta.url)

/**
 * The theme's search box, replaced by ours (.vitepress/theme/search/LocalSearchBox.vue), which
 * wraps the original and adds suggestions when nothing matches. Only VitePress's nav bar
 * imports `./VPLocalSearchBox.vue`; ours imports the original under its own name.
 */
export const searchBoxAliases: Alias[] = [
  {
    find: /^\.\/VPLocalSearchBox\.vue$/,
    replacement: fileURLToPath(new URL('../theme/search/LocalSearchBox.vue', import.meta.url)),
  },
  {
    find: /^@vitepress-default-search-box$/,
    replacement: require.resolve('vitepress/dist/client/theme-default/components/VPLocalSearchBox.vue'),
  },
]
