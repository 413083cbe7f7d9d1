import { type Finding, type ValidationResult, warning } from './findings'

/**
 * The invisible or look-alike characters that come along when people copy values out of
 * the DingTalk console, chat apps or Word: zero-width characters, non-breaking spaces and
 * full-width ASCII typed with a Chinese input method. Each change is reported as a warning,
 * so the user knows what was changed.
 */
// Zero-width space/joiners, word joiner, BOM, Mongolian vowel separator, soft hyphen.
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u180E\u00AD]/g
// No-break spaces: they look like a space but `trim()` of other tools may not remove them.
const NO_BREAK_SPACE = /[\u00A0\u202F\u2007]/g
// Full-width ASCII block (！ to ～) plus the ideographic space.
const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/g

export interface NormalizeOptions {
  /**
   * Free text such as an app name or a message: a Chinese comma or bracket is intended there,
   * so full-width characters stay, and a no-break space becomes an ordinary space.
   */
  freeText?: boolean
}

export function normalizeInput(raw: string, options: NormalizeOptions = {}): ValidationResult {
  const findings: Finding[] = []
  let value = typeof raw === 'string' ? raw : String(raw ?? '')

  const withoutZeroWidth = value.replace(ZERO_WIDTH, '')
  if (withoutZeroWidth !== value) {
    findings.push(warning('normalize.zeroWidth', '已删除看不见的零宽字符（常随复制粘贴带入），请确认内容无误。'))
    value = withoutZeroWidth
  }

  const withoutNbsp = value.replace(NO_BREAK_SPACE, options.freeText ? ' ' : '')
  if (withoutNbsp !== value) {
    findings.push(
      warning(
        'normalize.nbsp',
        options.freeText
          ? '已把不换行空格（NBSP，常随网页或文档复制带入）换成普通空格。'
          : '已删除不换行空格（NBSP，常随网页或文档复制带入）。',
      ),
    )
    value = withoutNbsp
  }

  if (!options.freeText) {
    const halfWidth = value.replace(FULL_WIDTH, (c) =>
      c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
    )
    if (halfWidth !== value) {
      findings.push(warning('normalize.fullWidth', '已把全角字符（如中文输入法下的字母、数字、标点）转换为半角。'))
      value = halfWidth
    }
  }

  const trimmed = value.trim()
  if (trimmed !== value) {
    findings.push(warning('normalize.trim', '已去掉首尾的空格或换行。'))
    value = trimmed
  }

  return { value, findings }
}
