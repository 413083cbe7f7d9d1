import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { PERMISSIONS, type PermissionId } from '../app/permissions/permission-catalog'
import { NEEDS } from '../app/permissions/needs'
import { formatPlan, planPermissions } from '../app/permissions/plan'
import { parseEnv } from '../app/credentials/handover'
import { formatNeedsLine, NEEDS_ENV, parseNeedsList } from './needs-line'
import { IDENTITY_PROBES, NOT_PROBED, PERMISSION_PROBES, probeFor, readProbeAnswer } from './probes'

/** The pages of the documentation snapshot (path relative to open.dingtalk.com/document/). */
const DOCUMENTS = new Set(
  readFileSync(new URL('../../../tests/fixtures/dingtalk-documents.tsv', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t')[0]),
)
const inSnapshot = (url: string) => DOCUMENTS.has(url.replace('https://open.dingtalk.com/document/', ''))

describe('the probe table (which read-only call proves which permission)', () => {
  it('cites, for every row, a public DingTalk page of the snapshot', () => {
    const docs = [...PERMISSION_PROBES.map((p) => p.doc), IDENTITY_PROBES.corpId.doc, IDENTITY_PROBES.agentId.doc, IDENTITY_PROBES.agentId.errorsDoc]
    for (const doc of docs) {
      expect(doc).toMatch(/^https:\/\/open\.dingtalk\.com\/document\//)
      expect(inSnapshot(doc), doc).toBe(true)
    }
  })

  it("proves each permission by a call that requires that permission's own code", () => {
    for (const probe of PERMISSION_PROBES) for (const id of probe.proves) expect(PERMISSIONS[id].code, id).toBe(probe.code)
  })

  it('only reads: no probe path creates, updates, deletes or sends', () => {
    for (const p of [...PERMISSION_PROBES.map((x) => x.path), IDENTITY_PROBES.agentId.path])
      expect(p).not.toMatch(/create|update|delete|remove|send(?!progress)|add/i)
  })

  it('has, for every permission a need can ask for, either a probe or the reason why none', () => {
    const asked = new Set<PermissionId>(NEEDS.flatMap((n) => n.permissions))
    for (const id of asked) expect(probeFor(id) !== null || typeof NOT_PROBED[id] === 'string', id).toBe(true)
    for (const id of Object.keys(NOT_PROBED) as PermissionId[]) expect(probeFor(id), id).toBeNull()
  })
})

describe('readProbeAnswer', () => {
  it('errcode 0 is granted; 60011 and the new API 403 are missing (with requiredScopes)', () => {
    expect(readProbeAnswer(200, { errcode: 0, errmsg: 'ok' }).kind).toBe('granted')
    expect(readProbeAnswer(200, { errcode: 60011, errmsg: '没有调用该接口的权限' }).kind).toBe('missing')
    // errcode 88 wraps the real code (https://mabiji.com/dingtalk/errcode.html).
    const wrapped = { errcode: 88, sub_code: '60011', sub_msg: '没有调用该接口的权限', errmsg: 'ding talk error[subcode=60011,submsg=没有调用该接口的权限]' }
    expect(readProbeAnswer(200, wrapped).kind).toBe('missing')
    // developerpedia's example: open-dingtalk.github.io/developerpedia/docs/develop/best-practices/permission-deny
    const v = readProbeAnswer(403, {
      code: 'Forbidden.AccessDenied.AccessTokenPermissionDenied',
      message: '没有调用该接口的权限',
      accessdenieddetail: { requiredScopes: ['Contact.User.Read'] },
    })
    expect(v).toMatchObject({ kind: 'missing', scopes: ['Contact.User.Read'] })
  })

  it("60020 is the IP, with the IP DingTalk saw taken from its message", () => {
    const v = readProbeAnswer(200, { errcode: 60020, errmsg: '访问ip不在白名单之中,request ip=203.0.113.7 appKey(dingexample)' })
    expect(v).toMatchObject({ kind: 'ipRefused', ip: '203.0.113.7' })
    expect(readProbeAnswer(403, { code: 'Forbidden.AccessDenied.IpNotInWhiteList' })).toMatchObject({ kind: 'ipRefused', ip: null })
  })

  it('anything else, hostile or huge, is other, never a crash, in linear time', () => {
    for (const body of [null, 'x', [], 42, { errcode: 40035 }, { foo: 'ip=1.2.3.4' }]) expect(readProbeAnswer(200, body).kind).toBe('other')
    expect(readProbeAnswer(500, { errcode: 0 }).kind).toBe('other')
    const huge = { errcode: 60020, errmsg: 'request ip='.repeat(10_000) }
    const started = Date.now()
    expect(readProbeAnswer(200, huge)).toMatchObject({ kind: 'ipRefused', ip: null })
    expect(Date.now() - started).toBeLessThan(200)
  })
})

describe('the DINGTALK_NEEDS line', () => {
  it('is a .env line the hand-over parser reads back to the same needs', () => {
    const line = formatNeedsLine(['readContacts', 'login', 'nope'])
    expect(line).toBe(`${NEEDS_ENV}=login,readContacts`)
    expect(parseNeedsList(parseEnv(line)[NEEDS_ENV] ?? '').needs).toEqual(['login', 'readContacts'])
  })

  it('is what the permission planner copies', () => {
    const ticked = ['login', 'workNotice', 'readDepartments']
    expect(formatPlan(planPermissions(ticked), ticked)).toContain(formatNeedsLine(ticked))
  })

  it('accepts what a person types: full-width commas, 、, spaces, any case; names typos', () => {
    expect(parseNeedsList(' Login，workNotice、 readcontacts  foo ')).toEqual({ needs: ['login', 'workNotice', 'readContacts'], unknown: ['foo'] })
    expect(parseNeedsList('')).toEqual({ needs: [], unknown: [] })
    const big = parseNeedsList('x'.repeat(100_000))
    expect(big.unknown[0]!.length).toBeLessThanOrEqual(41)
  })
})
