/**
 * useValidated: one field's raw text, its validation as typed, and the findings to show.
 *   const name = useValidated(validateAppName)
 *   <FieldInput v-model="name.raw.value" :findings="name.shown.value" … />
 * Returns: raw (the v-model), result (the validator's ValidationResult, recomputed on every
 * keystroke), shown (the findings to display: none until the field has held text once, so an
 * untouched empty form is not covered in red; after that, everything, including "empty").
 * With a `key`, the text is kept in the tab's memory across page changes (page-memory.ts).
 */
import { computed, ref, watch } from 'vue'
import type { ValidationResult } from '../../logic/core/findings'
import { remembered } from './page-memory'

export function useValidated(validate: (raw: string) => ValidationResult, initial = '', key?: string) {
  const raw = key ? remembered(key, () => initial) : ref(initial)
  const touched = key ? remembered(`${key}:touched`, () => initial !== '') : ref(initial !== '')
  watch(raw, (v) => {
    if (v !== '') touched.value = true
  })
  const result = computed(() => validate(raw.value))
  const shown = computed(() => (touched.value ? result.value.findings : []))
  /** Set a value (e.g. 填入示例) or reset to empty and untouched (清空). */
  const set = (value: string) => {
    raw.value = value
    touched.value = value !== ''
  }
  return { raw, result, shown, set }
}
