import type { Component } from 'vue'
import type { Tool } from '../../logic/toolbox/tools'

/**
 * One lazy chunk per widget. This module is itself imported on demand by tools.ts: VitePress
 * modulepreloads every dynamic import of a page's own chunk, so the widgets' imports must sit one
 * step further away, or opening the 工具箱 would download all seven tools at once.
 * Every component at the top of playground/widgets/ is a tool's widget, found by the name in the
 * registry (playground/logic/toolbox/tools.ts), so a tool needs no second list here.
 */
const WIDGETS = import.meta.glob<{ default: Component }>('../*.vue')

/** The widget's component; a name without a file is an error (registry.test.ts catches it first). */
export async function loadWidget(name: Tool['widget']): Promise<Component> {
  const load = WIDGETS[`../${name}.vue`]
  if (!load) throw new Error(`工具箱: playground/widgets/${name}.vue not found`)
  return (await load()).default
}

/** The widget names that have a file (for the registry test). */
export const WIDGET_NAMES: readonly string[] = Object.keys(WIDGETS).map((path) => path.replace(/^\.\.\/|\.vue$/g, ''))
