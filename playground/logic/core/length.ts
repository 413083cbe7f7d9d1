import type { Finding } from './findings'

/** A text field whose length limits differ between the FAQ's (old) console and today's. */
export interface ConsoleLengths {
  min: number
  max: number
  /** The old console's maximum, below `max`. */
  maxOld: number
}

/** What to say, given the length: too short, too long for both consoles, too long for the old one only. */
export interface LengthWords {
  short(length: number): Finding
  long(length: number): Finding
  longForOld(length: number): Finding
}

/** The one finding a non-empty text's length gets against both consoles, or none. */
export function lengthFinding(length: number, limits: ConsoleLengths, say: LengthWords): Finding | null {
  if (length < limits.min) return say.short(length)
  if (length > limits.max) return say.long(length)
  if (length > limits.maxOld) return say.longForOld(length)
  return null
}
