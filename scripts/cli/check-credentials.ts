/**
 * `check-credentials`: asks DingTalk for an app access token with an AppKey/AppSecret pair,
 * first on the new API, falling back to the old one when the new gives no clear answer.
 * Says whether the pair is valid and why not. Never prints the secret or the token.
 */
import type { Finding } from '../../playground/logic/core/findings'
import { validateAppKey } from '../../playground/logic/credentials/app-key'
import { validateAppSecret } from '../../playground/logic/credentials/app-secret'
import { ENV_NAMES } from '../../playground/logic/credentials/handover'
import { EXAMPLE } from '../../playground/logic/examples'
import { type Parsed, parseOptions, requireExactlyOne, requireOption, UsageError } from './args'
import { explainAnswer } from './diagnosis'
import { readEnvFile } from './env-file'
import { EXIT, type ExitCode } from './exit-codes'
import { createHttp, type Http, NetworkError } from './http'
import { InputError } from './input-error'
import type { CliIo } from './io'
import { hasError, printFindings } from './report'
import { APP_KEY, APP_SECRET, createSecretReader, whereToGive } from './secrets'
import { isDefinitive, readNewApiAnswer, readOldApiAnswer, type TokenApi, type TokenVerdict } from './token-answers'

export const NEW_API_ORIGIN = 'https://api.dingtalk.com'
export const OLD_API_ORIGIN = 'https://oapi.dingtalk.com'

export const CHECK_CREDENTIALS_HELP = `用法：npm run -s dingtalk -- check-credentials [--app-key K] [--app-secret S | --app-secret -] [--endpoint URL]
      npm run -s dingtalk -- check-credentials --env FILE [--endpoint URL]

用 AppKey 和 AppSecret 向钉钉申请企业内部应用的 access_token，以此判断这对凭证是否有效；
无效时说明原因。先用新版接口 POST ${NEW_API_ORIGIN}/v1.0/oauth2/accessToken，
新版接口没有明确答复时再试旧版接口 GET ${OLD_API_ORIGIN}/gettoken。
不会打印 AppSecret，也不会打印拿到的 access_token。

选项：
  --app-key K      AppKey（新版控制台叫 Client ID）。不给时读环境变量 ${ENV_NAMES.appKey}
  --app-secret S   AppSecret（Client Secret）。不给时读环境变量 ${ENV_NAMES.appSecret}；
                   --app-secret - 从标准输入读取。写在命令行上会被同机用户用 ps 看到，更推荐环境变量或 --env
  --env FILE       从 .env 文件读取 ${ENV_NAMES.appKey} 和 ${ENV_NAMES.appSecret}
  --endpoint URL   把两个接口都换成这个地址（如 http://127.0.0.1:8080），用于测试或代理
  -h, --help       显示本帮助

需要能访问钉钉的网络；若应用设置了服务器出口 IP，请在这些 IP 的机器上运行。
设置了 HTTPS_PROXY / HTTP_PROXY 时经代理连接（NO_PROXY 里的主机除外）。

示例：
  npm run -s dingtalk -- check-credentials --env .env
  DINGTALK_APP_KEY=${EXAMPLE.appKey} DINGTALK_APP_SECRET=… npm run -s dingtalk -- check-credentials
  npm run -s dingtalk -- check-credentials --app-key ${EXAMPLE.appKey} --app-secret - < app-secret.txt

退出码：0 凭证有效；1 凭证无效、钉钉拒绝或无法连接；2 用法错误`

const OPTIONS = {
  'app-key': { type: 'string' },
  'app-secret': { type: 'string' },
  env: { type: 'string' },
  endpoint: { type: 'string' },
} as const

const API_NAME: Record<TokenApi, string> = { new: '新版接口', old: '旧版接口 gettoken' }

function endpoints(base: string | undefined): { newUrl: string; oldUrl: string } {
  if (base === undefined) return { newUrl: `${NEW_API_ORIGIN}/v1.0/oauth2/accessToken`, oldUrl: `${OLD_API_ORIGIN}/gettoken` }
  let url: URL
  try {
    url = new URL(base.trim())
  } catch {
    throw new InputError(`--endpoint 不是有效的网址：${base}。例如 http://127.0.0.1:8080`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InputError('--endpoint 要以 http:// 或 https:// 开头。')
  const root = url.href.replace(/\/+$/, '')
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
async function credentialsFrom(opts: Parsed<typeof OPTIONS>, io: CliIo): Promise<{ appKey: string; appSecret: string }> {
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
  const secrets = createSecretReader(io, undefined)
  const appKey = await secrets.get(APP_KEY, opts['app-key'])
  const appSecret = await secrets.get(APP_SECRET, opts['app-secret'])
  if (appKey === null && appSecret === null)
    throw new UsageError(`需要 AppKey 和 AppSecret：--app-key / --app-secret、环境变量 ${ENV_NAMES.appKey} / ${ENV_NAMES.appSecret}，或 --env FILE。`)
  if (appKey === null) throw new UsageError(`缺少 AppKey：${whereToGive(APP_KEY)}。`)
  if (appSecret === null) throw new UsageError(`缺少 AppSecret：${whereToGive(APP_SECRET)}。`)
  secrets.warnAboutFlags()
  return { appKey: appKey.value, appSecret: appSecret.value }
}

export async function runCheckCredentials(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const opts = parseOptions(argv, OPTIONS)
  io.protect(opts['app-secret'])
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
  return EXIT.failed
}
