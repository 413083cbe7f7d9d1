import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { EXAMPLE } from '../../examples'
import { credentialsFromEnv, formatEnv, formatHandover, maskSecret, parseEnv } from './handover'

const creds = { corpId: EXAMPLE.corpId, appKey: EXAMPLE.appKey, appSecret: EXAMPLE.appSecret, agentId: EXAMPLE.agentId }

describe('formatHandover', () => {
  it('text is the FAQ’s 最终提供 list', () => {
    expect(formatHandover(creds, 'text')).toBe(
      `CorpId: ${EXAMPLE.corpId}\nAppKey: ${EXAMPLE.appKey}\nAppSecret: ${EXAMPLE.appSecret}\nAgentId: ${EXAMPLE.agentId}`,
    )
  })
  it('json round-trips', () => {
    expect(JSON.parse(formatHandover(creds, 'json'))).toEqual(creds)
  })
  it('env uses the DINGTALK_* names and reads back with parseEnv', () => {
    const env = formatHandover(creds, 'env')
    expect(env).toBe(
      `DINGTALK_CORP_ID=${EXAMPLE.corpId}\nDINGTALK_APP_KEY=${EXAMPLE.appKey}\nDINGTALK_APP_SECRET=${EXAMPLE.appSecret}\nDINGTALK_AGENT_ID=${EXAMPLE.agentId}\n`,
    )
    expect(credentialsFromEnv(env)).toEqual(creds)
  })
  it('leaves the AppSecret out when asked, and says it comes separately', () => {
    const text = formatHandover(creds, 'text', { withSecret: false })
    const json = formatHandover(creds, 'json', { withSecret: false })
    const env = formatHandover(creds, 'env', { withSecret: false })
    for (const out of [text, json, env]) expect(out).not.toContain(EXAMPLE.appSecret)
    expect(text).toContain('AppSecret: （单独交付')
    expect(JSON.parse(json)).toEqual({ corpId: EXAMPLE.corpId, appKey: EXAMPLE.appKey, agentId: EXAMPLE.agentId })
    expect(env).toContain('# DINGTALK_APP_SECRET=（单独交付')
    expect(credentialsFromEnv(env)).toEqual({ ...creds, appSecret: '' })
  })
  it('cannot write a single quote or a line break, and says so', () => {
    for (const appSecret of ["it's", 'a\nb', 'a\rb']) {
      const env = formatEnv({ ...creds, appSecret })
      expect(env.ok).toBe(false)
      expect(!env.ok && env.reason).toContain('AppSecret')
    }
  })
})

// Issue 13: `set -a; . .env` ran a backtick in a value. Each value must read back exactly, by
// bash, by Node's --env-file and by our own parseEnv (dotenv's rules: single quotes are literal).
describe('.env is read back exactly by bash and node --env-file', () => {
  const hostile = ['`touch pwned`', '$(touch pwned)', '$HOME', 'a "b" \\ #c', 'x\\', '  #lead', '跟投 ＄ 🙂', 'a\tb']
  it.each(hostile)('%j', (value) => {
    const dir = mkdtempSync(join(tmpdir(), 'env13-'))
    try {
      const env = formatEnv({ ...creds, appSecret: value })
      if (!env.ok) throw new Error(env.reason)
      const file = join(dir, '.env')
      writeFileSync(file, env.text)
      const bash = execFileSync('bash', ['-c', 'set -a; . ./.env; printf %s "$DINGTALK_APP_SECRET"'], { cwd: dir, encoding: 'utf8' })
      const node = execFileSync(process.execPath, [`--env-file=${file}`, '-e', 'process.stdout.write(process.env.DINGTALK_APP_SECRET)'], { cwd: dir, encoding: 'utf8' })
      const expected = value.trim()
      expect(bash).toBe(expected)
      expect(node).toBe(expected)
      expect(credentialsFromEnv(env.text).appSecret).toBe(expected)
      expect(execFileSync('ls', ['-A', dir], { encoding: 'utf8' }).trim()).toBe('.env')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('maskSecret', () => {
  it('shows only the ends of a long secret', () => {
    const masked = maskSecret(EXAMPLE.appSecret)
    expect(masked).toBe('EXAM••••••••xFkM')
    expect(masked).not.toContain(EXAMPLE.appSecret.slice(4, 12))
  })
  it('hides short secrets entirely and keeps empty empty', () => {
    expect(maskSecret('short')).toBe('••••••••')
    expect(maskSecret('')).toBe('')
  })
  it('does not split an emoji', () => expect(maskSecret('😀'.repeat(20))).toBe('😀😀😀😀••••••••😀😀😀😀'))
})

describe('parseEnv', () => {
  it('reads export, quotes, comments and blank lines', () => {
    const text = '# comment\n\nexport A=1\nB="two words" # c\nC=\'single\'\nD=plain # comment\r\nE=\n__proto__=x'
    expect(parseEnv(text)).toEqual({ A: '1', B: 'two words', C: 'single', D: 'plain', E: '' })
  })
  it('later keys win', () => expect(parseEnv('A=1\nA=2')).toEqual({ A: '2' }))
})
