/**
 * Which identifiers may appear on the site. The seed FAQ carries a real customer's CorpId,
 * AppKey, AgentId, server IP, domain, a person and the company: they are kept here only in
 * Base64, so that searching the repository for them finds the seed alone, and the tests can
 * still prove they are absent from the built site.
 */
import { EXAMPLE } from '../../playground/logic/examples'

const REAL_IDENTIFIERS_BASE64 = [
  'ZGluZ3MyMnZrMGs0a3p3d2dkbGl0', // AppKey
  'MzEwODA0MDcw', // AgentId
  'NDcuMTAxLjY5LjY=', // server egress IP
  'anl6eWdyb3Vw', // the customer's domain
  'ZGluZ2U2YzJh', // start of the CorpId (the rest is redacted in the seed)
  '6JSh5Yia5Z2k', // a person's name
  '5LiK5rW36YeR5p+c5L+h5oGv5oqA5pyv5pyJ6ZmQ5YWs5Y+4', // the company
]

export function realIdentifiers(): string[] {
  return REAL_IDENTIFIERS_BASE64.map((b64) => Buffer.from(b64, 'base64').toString('utf8'))
}

/** The made-up values a page may show (playground/logic/examples.ts). */
export const ALLOWED = {
  dingIds: new Set<string>([EXAMPLE.corpId, EXAMPLE.corpIdLong, EXAMPLE.appKey]),
  agentIds: new Set<string>([EXAMPLE.agentId]),
  robotSecrets: new Set<string>([EXAMPLE.robotSecret]),
  hexTokens: new Set<string>([EXAMPLE.robotAccessToken]),
}

export interface CredentialHit {
  kind: 'dingId' | 'agentId' | 'robotSecret' | 'hexToken'
  value: string
}

/**
 * Every credential-shaped string in a text: `ding…` ids, 8–10-digit numbers shortly after
 * "AgentId", `SEC` + 64 hex robot secrets and 64-hex access tokens.
 */
export function findCredentialShapes(text: string): CredentialHit[] {
  const hits: CredentialHit[] = []
  for (const m of text.matchAll(/(?<![A-Za-z0-9])ding[a-z0-9]{16,32}(?![A-Za-z0-9])/g)) hits.push({ kind: 'dingId', value: m[0] })
  for (const m of text.matchAll(/agent_?id[^0-9\n]{0,40}?(?<!\d)(\d{8,10})(?!\d)/gi)) hits.push({ kind: 'agentId', value: m[1]! })
  for (const m of text.matchAll(/SEC[0-9a-f]{64}(?![0-9a-fA-F])/g)) hits.push({ kind: 'robotSecret', value: m[0] })
  for (const m of text.matchAll(/(?<![0-9A-Za-z])[0-9a-f]{64}(?![0-9A-Za-z])/g)) hits.push({ kind: 'hexToken', value: m[0] })
  return hits
}

/** The credential-shaped strings of a text that are not one of the made-up examples. */
export function unexpectedCredentials(text: string): CredentialHit[] {
  const allowed: Record<CredentialHit['kind'], Set<string>> = {
    dingId: ALLOWED.dingIds,
    agentId: ALLOWED.agentIds,
    robotSecret: ALLOWED.robotSecrets,
    hexToken: ALLOWED.hexTokens,
  }
  return findCredentialShapes(text).filter((hit) => !allowed[hit.kind].has(hit.value))
}
