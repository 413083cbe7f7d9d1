import { error, type Finding } from '../../core/findings'
import { normalizeInput } from '../../core/normalize'
import type { Credentials } from './handover'
import { APP_KEY, CORP_ID } from './shapes'

const LABELS: Record<keyof Credentials, string> = { corpId: 'CorpId', appKey: 'AppKey', appSecret: 'AppSecret', agentId: 'AgentId', ssoSecret: 'SSOSecret' }

/**
 * Checks across the hand-over values (the four and the optional SSOSecret), which no single field can see: the same value in
 * two fields, or CorpId and AppKey swapped (both start with `ding`).
 */
export function checkCredentialSet(creds: Credentials): Finding[] {
  return checkCredentialSetByField(creds).map((x) => x.finding)
}

/** The same checks, each with the fields it concerns, so a form can show it under each of them. */
export function checkCredentialSetByField(creds: Credentials): { finding: Finding; fields: (keyof Credentials)[] }[] {
  const keys = Object.keys(LABELS) as (keyof Credentials)[]
  const v = Object.fromEntries(keys.map((k) => [k, normalizeInput(typeof creds?.[k] === 'string' ? creds[k] : '').value.toLowerCase()])) as Record<keyof Credentials, string>
  const findings: { finding: Finding; fields: (keyof Credentials)[] }[] = []
  if (v.corpId !== '' && v.appKey !== '' && APP_KEY.test(v.corpId) && !CORP_ID.test(v.corpId) && CORP_ID.test(v.appKey)) {
    findings.push({
      finding: error('credentials.swapped', 'CorpId 和 AppKey 好像填反了：CorpId 在 ding 之后只有 0–9 和 a–f，AppKey 含有 g–z 的字母。请对调这两项。'),
      fields: ['corpId', 'appKey'],
    })
  }
  keys.forEach((a, i) => {
    for (const b of keys.slice(i + 1)) {
      if (v[a] !== '' && v[a] === v[b]) {
        findings.push({
          finding: error('credentials.same', `${LABELS[a]} 和 ${LABELS[b]} 填了同一个值，它们不会相同，请检查是否复制错了。`),
          fields: [a, b],
        })
      }
    }
  })
  return findings
}
