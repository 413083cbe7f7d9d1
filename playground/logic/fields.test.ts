import { describe, expect, it } from 'vitest'
import { APP_DESCRIPTION_MAX, APP_DESCRIPTION_MAX_OLD, APP_DESCRIPTION_MIN } from './app/form/description'
import { LOGO_MAX_BYTES, LOGO_MIN_PIXELS, LOGO_TEXT } from './app/form/logo'
import { APP_NAME_MAX, APP_NAME_MAX_OLD, APP_NAME_MIN, validateAppName } from './app/form/name'
import { worstLevel } from './core/findings'
import { EXAMPLE } from './examples'
import { FIELD_LABELS, FIELD_NAMES, FIELD_VALIDATORS, FIELDS, SECRET_FIELDS, validateField } from './fields'

describe('field registry', () => {
  it('gives every field a label and a validator, and FIELD_LABELS stays the labels', () => {
    expect(FIELD_NAMES.length).toBeGreaterThan(0)
    for (const name of FIELD_NAMES) {
      expect(FIELDS[name].label.length).toBeGreaterThan(0)
      expect(FIELD_LABELS[name]).toBe(FIELDS[name].label)
      expect(FIELD_VALIDATORS[name]).toBe(FIELDS[name].validate)
    }
    expect(Object.keys(FIELD_VALIDATORS).sort()).toEqual([...FIELD_NAMES].sort())
    expect(validateField('appName', 'x')).toEqual(validateAppName('x'))
  })

  it.each(FIELD_NAMES)('%s: its example is a made-up value its validator accepts', (name) => {
    const { example } = FIELDS[name]
    expect(Object.values(EXAMPLE)).toContain(example)
    expect(worstLevel(validateField(name, example).findings)).not.toBe('error')
  })

  it.each(FIELD_NAMES)('%s: every finding of its validator names the field (Finding.field)', (name) => {
    const findings = ['', ' x ', '１２３', 'ding', 'SECabc', 'http://x'].flatMap((raw) => validateField(name, raw).findings)
    expect(findings.length).toBeGreaterThan(0)
    for (const f of findings) expect(f.field, f.code).toBe(name)
  })

  it('the secret fields are the ones FIELDS marks', () => {
    expect(SECRET_FIELDS).toEqual(FIELD_NAMES.filter((name) => FIELDS[name].secret))
    // Rule 1 of the README: these four are never echoed, logged or stored.
    for (const name of ['appSecret', 'ssoSecret', 'robotSecret', 'robotWebhook'] as const) expect(FIELDS[name].secret, name).toBe(true)
    for (const name of ['corpId', 'appKey', 'agentId', 'appName'] as const) expect(FIELDS[name].secret, name).toBe(false)
  })

  it('states in each hint the limits the validator checks', () => {
    expect(FIELDS.appName.hint).toContain(`${APP_NAME_MIN}–${APP_NAME_MAX_OLD} 个字符`)
    expect(FIELDS.appName.hint).toContain(`${APP_NAME_MIN}–${APP_NAME_MAX} 个`)
    expect(FIELDS.appDescription.hint).toContain(`最多 ${APP_DESCRIPTION_MAX_OLD} 个字符`)
    expect(FIELDS.appDescription.hint).toContain(`${APP_DESCRIPTION_MIN}–${APP_DESCRIPTION_MAX} 个`)
    expect(LOGO_TEXT.hint).toContain(`${LOGO_MIN_PIXELS}×${LOGO_MIN_PIXELS} 像素以上`)
    expect(LOGO_TEXT.hint).toContain(`${LOGO_MAX_BYTES / 1024 / 1024} MB 以内`)
  })

  it('the name hint agrees with the validator at its edges', () => {
    const level = (n: number) => validateAppName('跟'.repeat(n)).findings.map((f) => f.level)
    expect(level(APP_NAME_MIN - 1)).toContain('error')
    expect(level(APP_NAME_MAX_OLD)).toEqual([])
    expect(level(APP_NAME_MAX_OLD + 1)).toContain('warning')
    expect(level(APP_NAME_MAX)).not.toContain('error')
    expect(level(APP_NAME_MAX + 1)).toContain('error')
  })
})
