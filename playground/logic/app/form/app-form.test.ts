import { describe, expect, it } from 'vitest'
import { EXAMPLE } from '../../examples'
import { worstLevel } from '../../core/findings'
import { validateAppDescription } from './description'
import { checkHomepagePair, validateAdminUrl, validateHomepageUrl, validatePcHomepageUrl } from './homepage-url'
import { validateAppName } from './name'
import { validateServerIps } from './server-ips'

const codes = (r: { findings: { code: string }[] }) => r.findings.map((f) => f.code)

describe('validateAppName (old console 2–10, new 2–20)', () => {
  it('accepts the example', () => expect(validateAppName(EXAMPLE.appName)).toEqual({ value: '跟投系统', findings: [] }))
  it('accepts 2 and 10 characters, letters and digits', () => {
    expect(validateAppName('跟投').findings).toEqual([])
    expect(validateAppName('跟投系统Ver2管理').findings).toEqual([])
  })
  it('makes full-width letters and digits half-width, like every other field (issue 13)', () => {
    const r = validateAppName('ＧＴ跟投２')
    expect(r.value).toBe('GT跟投2')
    expect(codes(r)).toEqual(['appName.fullWidth'])
  })
  it('warns (not errors) for 11–20 characters: valid in the new console', () => {
    const r = validateAppName('企业跟投管理平台移动版本号')
    expect(r.findings).toMatchObject([{ level: 'warning', code: 'appName.longForOldConsole' }])
    expect(validateAppName('一二三四五六七八九十一二三四五六七八九十').findings).toMatchObject([{ level: 'warning' }])
  })
  it('errors below 2 and above 20, or empty', () => {
    expect(codes(validateAppName('跟'))).toEqual(['appName.tooShort'])
    expect(codes(validateAppName('一二三四五六七八九十一二三四五六七八九十一'))).toEqual(['appName.tooLong'])
    expect(codes(validateAppName(' '))).toEqual(['normalize.trim', 'appName.empty'])
  })
  it('warns about punctuation, spaces and emoji; counts an emoji once', () => {
    expect(codes(validateAppName('跟投 系统'))).toEqual(['appName.chars'])
    expect(codes(validateAppName('跟投😀'))).toEqual(['appName.chars'])
  })
  it('keeps full-width text as typed', () => expect(validateAppName('跟投（测试）').value).toBe('跟投（测试）'))
})

describe('validateAppDescription (old ≤32, new ≥4 and ≤200)', () => {
  it('accepts the example', () => expect(validateAppDescription(EXAMPLE.appDescription).findings).toEqual([]))
  it('warns for 1–3 characters (fine in the old console) and 33–200 (fine in the new)', () => {
    expect(validateAppDescription('跟投').findings).toMatchObject([{ level: 'warning', code: 'appDescription.shortForNewConsole' }])
    expect(validateAppDescription('跟'.repeat(33)).findings).toMatchObject([{ level: 'warning', code: 'appDescription.longForOldConsole' }])
    expect(validateAppDescription('跟'.repeat(200)).findings).toMatchObject([{ level: 'warning' }])
    expect(validateAppDescription('跟'.repeat(32)).findings).toEqual([])
  })
  it('errors when empty or over 200', () => {
    expect(codes(validateAppDescription(''))).toEqual(['appDescription.empty'])
    expect(codes(validateAppDescription('跟'.repeat(201)))).toEqual(['appDescription.tooLong'])
  })
})

describe('URL fields', () => {
  it('accept the examples', () => {
    expect(validateHomepageUrl(EXAMPLE.homepageUrl).findings).toEqual([])
    expect(validatePcHomepageUrl(EXAMPLE.pcHomepageUrl).findings).toEqual([])
    expect(validateAdminUrl(EXAMPLE.adminUrl).findings).toEqual([])
  })
  it('allows the $CORPID$ placeholder and http', () => {
    expect(validateHomepageUrl('https://gt.example.com/m/?corpId=$CORPID$').findings).toEqual([])
    expect(validateHomepageUrl('http://gt.example.com/m/').findings).toEqual([])
  })
  it('warns about a misspelt placeholder', () => {
    expect(codes(validateHomepageUrl('https://gt.example.com/m/?corpId=$corpId$'))).toEqual(['homepageUrl.placeholderCase'])
  })
  it('requires http(s) and a host', () => {
    expect(codes(validateHomepageUrl('gt.example.com/m/'))).toEqual(['homepageUrl.noScheme'])
    expect(validateHomepageUrl('gt.example.com/m/').findings[0]?.message).toContain('https://gt.example.com/m/')
    expect(codes(validateAdminUrl('ftp://gt.example.com/'))).toEqual(['adminUrl.scheme'])
    expect(codes(validateAdminUrl('https://'))).toEqual(['adminUrl.invalid'])
    expect(codes(validateAdminUrl('https://gt.example .com/'))).toEqual(['adminUrl.space'])
  })
  it('gives the trailing-slash advice as a warning, homepage fields only', () => {
    expect(validateHomepageUrl('https://gt.example.com/m').findings).toMatchObject([{ level: 'warning', code: 'homepageUrl.trailingSlash' }])
    expect(validatePcHomepageUrl('https://gt.example.com/pc').findings).toMatchObject([{ code: 'pcHomepageUrl.trailingSlash' }])
    expect(validateHomepageUrl('https://gt.example.com/m/index.html').findings).toEqual([])
    expect(validateAdminUrl('https://gt.example.com/admin').findings).toEqual([])
  })
  it('warns about local addresses (official tutorials use them while developing)', () => {
    expect(codes(validateHomepageUrl('http://localhost:5173/?corpid=$CORPID$'))).toEqual(['homepageUrl.localHost'])
    expect(codes(validateHomepageUrl('http://192.168.1.20/m/'))).toEqual(['homepageUrl.localHost'])
  })
  it('empty: a warning for the homepage, nothing for the optional ones, an error when both homepages are empty', () => {
    expect(validateHomepageUrl('').findings).toMatchObject([{ level: 'warning', code: 'homepageUrl.empty' }])
    expect(validatePcHomepageUrl('').findings).toEqual([])
    expect(validateAdminUrl('').findings).toEqual([])
    expect(codes(checkHomepagePair('', ' '))).toEqual(['homepages.bothEmpty'])
    expect(checkHomepagePair('', EXAMPLE.pcHomepageUrl).findings).toEqual([])
  })
})

describe('validateServerIps', () => {
  it('accepts the example (one * wildcard)', () => {
    expect(validateServerIps(EXAMPLE.serverIps)).toEqual({ value: EXAMPLE.serverIps, findings: [] })
  })
  it('notices and fixes a Chinese comma and spaces', () => {
    const r = validateServerIps('203.0.113.10， 198.51.100.20 203.0.113.11')
    expect(r.value).toBe('203.0.113.10,198.51.100.20,203.0.113.11')
    expect(codes(r)).toEqual(['list.chineseComma', 'list.separator'])
    expect(worstLevel(r.findings)).toBe('warning')
  })
  it('checks octets and wildcards', () => {
    expect(codes(validateServerIps('203.0.113.256'))).toEqual(['serverIps.invalid'])
    expect(codes(validateServerIps('203.0.113'))).toEqual(['serverIps.invalid'])
    expect(codes(validateServerIps('203.0.113.1*'))).toEqual(['serverIps.invalid'])
    expect(codes(validateServerIps('203.0.*.*'))).toEqual(['serverIps.tooManyWildcards'])
    expect(validateServerIps('203.0.113.*').findings).toEqual([])
    expect(codes(validateServerIps('203.0.113.10:8080'))).toEqual(['serverIps.invalid'])
  })
  it('rejects IPv6 with the reason', () => {
    const r = validateServerIps('2001:db8::10')
    expect(codes(r)).toEqual(['serverIps.ipv6'])
    expect(r.findings[0]?.message).toContain('IPv4')
  })
  it('warns about private and loopback addresses, duplicates and CIDR', () => {
    expect(codes(validateServerIps('10.0.0.5'))).toEqual(['serverIps.private'])
    expect(codes(validateServerIps('127.0.0.1'))).toEqual(['serverIps.private'])
    expect(codes(validateServerIps('172.16.0.1,192.168.0.*'))).toEqual(['serverIps.private', 'serverIps.private'])
    expect(validateServerIps('203.0.113.10,203.0.113.10')).toMatchObject({ value: '203.0.113.10', findings: [{ code: 'serverIps.duplicate' }] })
    expect(validateServerIps('203.0.113.0/24').findings[0]?.message).toContain('203.0.113.*')
  })
  it('allows 50 entries and rejects 51', () => {
    const ips = (n: number) => Array.from({ length: n }, (_, i) => `203.0.113.${i + 1}`).join(',')
    expect(validateServerIps(ips(50)).findings).toEqual([])
    expect(codes(validateServerIps(ips(51)))).toEqual(['serverIps.tooMany'])
  })
  it('warns when empty', () => expect(validateServerIps('').findings).toMatchObject([{ level: 'warning', code: 'serverIps.empty' }]))
})
