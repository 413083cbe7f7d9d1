/**
 * `check-credentials`: asks DingTalk for an app access token with an AppKey/AppSecret pair,
 * first on the new API, falling back to the old one when the new gives no clear answer.
 * Says whether the pair is valid and why not. Never prints the secret or the token.
 */
import type { Finding } from '../../../../playground/logic/core/findings'
import { validateAppKey } from '../../../../playground/logic/app/credentials/app-key'
import { validateAppSecret } from '../../../../playground/logic/app/credentials/app-secret'
import { ENV_NAMES } from '../../../../playground/logic/app/credentials/handover'
import { requireExactlyOne, UsageError } from '../../core/args'
import { CHECK_CREDENTIALS_OPTIONS, type CheckCredentialsValues } from './check-credentials.options'
import { explainAnswer } from '../../core/diagnosis'
import { readEnvFile } from '../../core/env-file'
import { EXIT, type ExitCode } from '../../core/exit-codes'
import { NEW_API_ORIGIN, OLD_API_ORIGIN, parseEndpoint } from '../../core/endpoint'
import { createHttp, type Http, NetworkError } from '../../core/http'
import { InputError } from '../../core/input-error'
import type { CliIo } from '../../core/io'
import { hasError, printFindings } from '../../core/print-findings'
import { type Found, readCredentials } from '../../core/secrets'
import { isDefinitive, readNewApiAnswer, readOldApiAnswer, type TokenApi, type TokenVerdict } from '../../core/token-answers'

const API_NAME: Record<TokenApi, string> = { new: '新版接口', old: '旧版接口 gettoken' }

function endpoints(base: string | undefined): { newUrl: string; oldUrl: string } {
  if (base === undefined) return { newUrl: `${NEW_API_ORIGIN}/v1.0/oauth2/accessToken`, oldUrl: `${OLD_API_ORIGIN}/gettoken` }
  const root = parseEndpoint(base).href.replace(/\/+$/, '')
  return { newUrl: `${root}/v1.0/oauth2/accessToken`, oldUrl: `${root}/gettoken` }
}

async function ask(api: TokenApi, url: string, appKey: string, appSecret: string, io: CliIo, http: Http): Promise<TokenVerdict> {
  try {
    const verdict =
      api === 'new'
        ? readNewApiAnswer(await http.postJson(url, JSON.stringify({ appKey, appSecret })))
        : readOldApiAnswer(
            await http.getJson(`${url}?appkey=${encodeURIComponent(appKey)}&appsecret=${encodeURIComponent(appSecret)}`),
          )
    if (verdict.kind === 'valid') io.protect(verdict.token)
    return verdict
  } catch (err) {
    if (err instanceof NetworkError) return { kind: 'unclear', api, status: 0, detail: err.message }
    throw err
  }
}

/**
 * The pair from the .env file, or else from the options and the environment (an option wins);
 * the secret is registered for redaction at once.
 */
async function credentialsFrom(opts: CheckCredentialsValues, io: CliIo): Promise<{ appKey: string; appSecret: string }> {
  if (opts.env !== undefined) {
    if (opts['app-key'] !== undefined) requireExactlyOne(opts, ['app-key', 'env'])
    if (opts['app-secret'] !== undefined) throw new UsageError('--app-secret 和 --env 不能同时使用：--env 会从文件读取 AppSecret。')
    const env = readEnvFile(opts.env as string)
    const appKey = env[ENV_NAMES.appKey]
    const appSecret = env[ENV_NAMES.appSecret]
    io.protect(appSecret)
    if (appKey === undefined || appSecret === undefined) {
      const missing = [appKey === undefined && ENV_NAMES.appKey, appSecret === undefined && ENV_NAMES.appSecret].filter(Boolean)
      throw new InputError(`.env 文件里缺少 ${missing.join('、')}。`)
    }
    return { appKey, appSecret }
  }
  const found = await readCredentials(io, CHECK_CREDENTIALS_OPTIONS, opts)
  return { appKey: (found['app-key'] as Found).value, appSecret: (found['app-secret'] as Found).value }
}

export async function runCheckCredentials(opts: CheckCredentialsValues, io: CliIo): Promise<ExitCode> {
  const creds = await credentialsFrom(opts, io)
  const http = createHttp(io)
  const { newUrl, oldUrl } = endpoints(opts.endpoint)

  // The site's validators first: a certainly wrong value is not worth a request.
  const key = validateAppKey(creds.appKey)
  const secret = validateAppSecret(creds.appSecret)
  io.protect(secret.value)
  const findings: Finding[] = [...key.findings, ...secret.findings]
  printFindings(io, key.findings, 'AppKey ')
  printFindings(io, secret.findings, 'AppSecret ')
  if (hasError(findings)) {
    io.err('凭证格式有误，没有向钉钉发请求。')
    return EXIT.failed
  }

  const tried: TokenVerdict[] = [await ask('new', newUrl, key.value, secret.value, io, http)]
  if (!isDefinitive(tried[0] as TokenVerdict)) tried.push(await ask('old', oldUrl, key.value, secret.value, io, http))
  const final = tried.find(isDefinitive)
  if (opts.json) io.out(outcomeOf(tried, final))

  if (final?.kind === 'valid') {
    io.out(
      `凭证有效：钉钉为 AppKey ${key.value} 发放了 access_token` +
        `${final.expiresIn !== null ? `（有效期 ${final.expiresIn} 秒）` : ''}。（${API_NAME[final.api]}；access_token 不显示）`,
    )
    return EXIT.ok
  }
  if (final?.kind === 'invalid') {
    io.err(`凭证无效：钉钉说这对 AppKey 和 AppSecret 不匹配（${API_NAME[final.api]}）。`)
    await explainAnswer(io, final.body)
    return EXIT.failed
  }
  // No clear yes or no: show what each endpoint said (the old one's 60020 names the caller's IP).
  io.err('无法确认凭证：钉钉没有给出“有效”或“无效”的答复。')
  for (const v of tried) {
    if (v.kind === 'refused') {
      io.err(`${API_NAME[v.api]}拒绝了请求（HTTP ${v.status}）：`)
      await explainAnswer(io, v.body)
    } else if (v.kind === 'unclear') io.err(`${API_NAME[v.api]}：${v.detail}`)
  }
  // Only "no answer" (network, time-out, 5xx) may pass by itself: exit 75, as send does; a refusal is 1.
  return tried.every((v) => v.kind === 'unclear') ? EXIT.temporary : EXIT.failed
}

/**
 * --json: one line a script can read, like send's outcome lines: status valid / invalid /
 * refused (DingTalk said no for another reason, e.g. the IP whitelist) / uncertain (no clear answer),
 * the API that answered, its errcode or code, and how many requests were made. Never the token.
 */
function outcomeOf(tried: TokenVerdict[], final: TokenVerdict | undefined): string {
  const last = final ?? tried.find((v) => v.kind === 'refused') ?? tried[tried.length - 1]
  const status = final?.kind ?? (last?.kind === 'refused' ? 'refused' : 'uncertain')
  const body = last && 'body' in last ? last.body : null
  const errcode = body ? (body.errcode ?? body.code ?? null) : null
  return JSON.stringify({ status, api: last?.api ?? null, errcode, attempts: tried.length })
}
