/**
 * A safety net under the rule "secrets are never printed": every line the CLI writes passes
 * through a redactor that knows the secrets of this run (AppSecret, robot secret, access
 * tokens received). Commands already avoid printing them; this catches the case where some
 * message (a validator's, DingTalk's) happens to quote one.
 */
const MIN_LENGTH = 6 // shorter values would garble ordinary text and are no real secret anyway
const MASK = '******'

export interface Redactor {
  /** Registers a value that must never appear in output. */
  protect(secret: string | null | undefined): void
  /** The text with every protected value replaced by a mask. */
  redact(text: string): string
}

export function createRedactor(): Redactor {
  const secrets = new Set<string>()
  return {
    protect(secret) {
      const s = secret?.trim()
      if (s && s.length >= MIN_LENGTH) secrets.add(s)
      // Also the forms a secret takes inside a URL.
      if (s && s.length >= MIN_LENGTH && encodeURIComponent(s) !== s) secrets.add(encodeURIComponent(s))
    },
    redact(text) {
      let out = text
      // Longest first, so a secret that contains another is masked whole.
      for (const s of [...secrets].sort((a, b) => b.length - a.length)) out = out.split(s).join(MASK)
      return out
    },
  }
}
