// VitePress's own search box, under the alias that .vitepress/config/search-box.ts defines.
declare module '@vitepress-default-search-box' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent<object, object, unknown>
  export default component
}
