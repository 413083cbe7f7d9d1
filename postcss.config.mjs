// Widgets are isolated from VitePress's document styles (.vp-doc: heading, paragraph, list,
// link and table rules), the way VitePress documents it (https://vitepress.dev/guide/markdown#raw):
// a widget's root carries `vp-raw`, and every rule of vp-doc.css is limited here to elements
// outside it. The widgets then style themselves (playground/widgets/ui/widget.css) without
// fighting those rules with !important. base.css (the reset) still applies inside widgets.
import { postcssIsolateStyles } from 'vitepress'

export default {
  plugins: [postcssIsolateStyles({ includeFiles: [/vp-doc\.css/] })],
}
