/**
 * What every validator answers: the normalised value and the findings about it.
 * An `error` only where the value is certainly wrong; a `warning` where it is merely unusual
 * (DingTalk's formats are observed, not documented: a real value must never get an error).
 * Messages are Chinese and say what is wrong and how to fix it.
 */
export type FindingLevel = 'error' | 'warning'

export interface Finding {
  level: FindingLevel
  /** Stable machine-readable code, e.g. 'corpId.looksLikeAppKey'. */
  code: string
  /** Chinese: what is wrong and how to fix it. */
  message: string
  /**
   * Which input the finding is about, set where the finding is made: a path into what was checked
   * (`text`, `btns.1.actionURL`, `links.0.picURL`, `at.atMobiles`) or a `FIELDS` name (`corpId`,
   * `robotWebhook`, …). Absent: about the whole (listed with the general checks).
   */
  field?: string
}

export interface ValidationResult {
  /** The value after normalisation (trimmed, zero-width and full-width characters fixed). */
  value: string
  findings: Finding[]
}

export type Level = 'ok' | FindingLevel

/** The worst level among findings: 'error' beats 'warning' beats 'ok'. */
export function worstLevel(findings: readonly Finding[]): Level {
  if (findings.some((f) => f.level === 'error')) return 'error'
  if (findings.some((f) => f.level === 'warning')) return 'warning'
  return 'ok'
}

export const error = (code: string, message: string): Finding => ({ level: 'error', code, message })
export const warning = (code: string, message: string): Finding => ({ level: 'warning', code, message })

/** The findings, each marked as being about `field` (see `Finding.field`). */
export const inField = (field: string, findings: readonly Finding[]): Finding[] => findings.map((f) => ({ ...f, field }))

/** A field's validator whose findings carry the field's name (a `FIELDS` name, e.g. 'corpId'). */
export const forField =
  (field: string, validate: (raw: string) => ValidationResult) =>
  (raw: string): ValidationResult => {
    const result = validate(raw)
    return { value: result.value, findings: inField(field, result.findings) }
  }
