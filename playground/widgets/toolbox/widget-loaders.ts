import type { Component } from 'vue'

/**
 * One lazy chunk per widget. This module is itself imported on demand by tools.ts: VitePress
 * modulepreloads every dynamic import of a page's own chunk, so the widgets' imports must sit one
 * step further away, or opening the 工具箱 would download all seven tools at once.
 * A glob of explicit names rather than seven `import()`s: a widget that is not there (yet) leaves
 * its tab saying so instead of breaking the build.
 */
export const WIDGETS = import.meta.glob<{ default: Component }>([
  '../BasicInfoForm.vue',
  '../DevInfoForm.vue',
  '../PermissionPlanner.vue',
  '../CredentialsHandover.vue',
  '../RobotSigner.vue',
  '../MessageEditor.vue',
  '../ErrorDiagnosis.vue',
])
