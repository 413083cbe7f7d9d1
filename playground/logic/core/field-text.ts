/**
 * What a form shows for a field: its label, the hint under it, and a placeholder where that
 * describes the value's shape (example values come from ../examples.ts). Each field's text sits
 * beside its validator, stating the validator's own limits, so a widget that already loads the
 * validator gets its text for free; ../fields.ts lists them all.
 */
export interface FieldText {
  /** As the FAQ's console shows it; the new console's name follows in brackets where it differs. */
  label: string
  hint?: string
  placeholder?: string
}
