/**
 * The shared logic of the site's widgets and the command-line tools: pure TypeScript, no Vue,
 * no DOM. Every function takes any string (empty, full-width, emoji, lone surrogates, 100 KB)
 * without throwing and answers in Chinese: what is wrong and how to fix it.
 *
 * Findings (core/findings.ts)
 *   Finding { level: 'error' | 'warning', code, message }; ValidationResult { value, findings }.
 *   `error` only where a value is certainly wrong; `warning` where it is merely unusual.
 *   worstLevel(findings) → 'ok' | 'warning' | 'error'.
 *
 * Normalisation (core/normalize.ts)
 *   normalizeInput(raw, { freeText? }) trims, removes zero-width characters and no-break spaces,
 *   converts full-width ASCII to half-width (not for free text); each change is a warning.
 *
 * Fields (fields.ts)
 *   FIELD_NAMES, FIELD_LABELS, validateField(name, raw) and one validator per field:
 *   validateAppName, validateAppDescription, validateHomepageUrl, validatePcHomepageUrl,
 *   validateAdminUrl, validateServerIps, validateCorpId, validateAppKey, validateAppSecret,
 *   validateAgentId, validateRobotWebhook, validateRobotSecret, validateRobotKeywords, validateRobotIps.
 *   Extra: checkHomepagePair(mobile, pc), SECRET_FIELDS, identifyShape(value).
 *
 * App form (app-form/)
 *   validateLogo({ name, bytes }) → { value, findings, info: { format, width?, height?, size } }:
 *   PNG/JPEG/GIF/WebP/BMP/SVG sniffed from the bytes (HEIC/AVIF/TIFF/ICO/PDF named), pixel size
 *   from the headers; only PNG/JPG accepted, ≤ 2 MB; < 240×240 or not 1:1 is a warning.
 *   Name 2–20 (11–20 warned for the old console's 2–10); description 1–200 (< 4 and > 32 warned);
 *   URLs http/https with a host, $CORPID$ allowed, trailing-slash advice as a warning;
 *   server IPs: IPv4, at most one * per address, ≤ 50, Chinese comma/spaces fixed, IPv6 rejected.
 *
 * Robot (robot/)
 *   signBase64(secret, timestamp) / sign(secret, timestamp): DingTalk's 加签 (sign is URL-encoded).
 *   signWebhook(webhook, secret, now) → { result: { url, timestamp, sign, expiresAt } | null, findings }.
 *   parseWebhook(raw) → { accessToken, url, findings } (a bare token becomes the full URL).
 *   validateRobotTimestamp(raw, now): milliseconds, within one hour.
 *   verifyCallback({ timestamp, sign, key }, now, same?) → { timestamp, sign, key, verdict }: a callback's
 *   timestamp/sign headers against the key (AppSecret or 加签 secret); verdict ok / mismatch / expired /
 *   future (the 回调验签 widget and `dingtalk verify`).
 *
 * Robot messages (robot/messages/)
 *   buildMessage(draft, { keywords }) → { body, json, bytes, findings } for text, link, markdown,
 *   actionCard (singleTitle/singleURL or btns; btnOrientation "0" vertical, "1" horizontal) and
 *   feedCard. Checks: required fields, http/https links, `at` (@mobile / @userId must be in the
 *   text; link and feedCard cannot @), a keyword in the message, the 20000-byte UTF-8 body limit
 *   (MAX_BODY_BYTES), Markdown DingTalk does not render (tables, strikethrough, code blocks,
 *   nested lists). addMissingMentions(draft) appends the missing @s.
 *
 * Error catalog (errors/catalog.ts)
 *   diagnose(response: string | object, table) → Promise<Diagnosis { matched, errcode, source, title,
 *   cause, fix, errmsg, id, unconfirmed, officialDescription, officialSolution }>: the one entry point;
 *   `table` loads DingTalk's table (official-shards.ts in the browser, the CLI's from its bundle).
 *   diagnoseCatalog(response) is the catalog alone, for the catalog's tests. Reads JSON, log lines around
 *   JSON, SDK dumps, a bare errmsg or a bare code; English, description:/solution: and
 *   错误描述:/解决方案: wordings. ERROR_CATALOG lists every known entry.
 *
 * Hand-over (credentials/handover.ts, credentials/cross-check.ts)
 *   checkCredentialSet(creds): CorpId/AppKey swapped, the same value in two fields.
 *   formatHandover(creds, 'text' | 'json' | 'env'), maskSecret(secret), parseEnv(text),
 *   credentialsFromEnv(text), ENV_NAMES.
 *
 * 接入体检 (doctor/: what `dingtalk doctor` asks DingTalk)
 *   PERMISSION_PROBES: the read-only call that proves each permission code, with its page;
 *   NOT_PROBED: why the others cannot be; IDENTITY_PROBES: CorpId and AgentId. readProbeAnswer
 *   (status, json) → granted / missing (requiredScopes) / ipRefused (the IP DingTalk saw) / other.
 *   formatNeedsLine / parseNeedsList: the `.env` line DINGTALK_NEEDS=login,readContacts.
 *
 * Error or warning? (the shapes are observed, not documented, so most shape checks only warn)
 *   error:   empty required field; CorpId with non-hex characters or not starting with `ding`
 *            (an AppKey there is named); AppKey = 36-char CorpId, `dingoa…` share-SDK appId,
 *            SuiteKey, other credential shapes; masked secret (*, …); spaces inside identifiers;
 *            AgentId with non-digits or > Long; robot secret without `SEC`; webhook host/path
 *            other than oapi.dingtalk.com/robot/send; > 10 keywords; IPv6 or bad IPv4; two `*`;
 *            > 50 server IPs; name < 2 or > 20; description > 200; logo not PNG/JPEG or > 2 MB;
 *            message without any keyword, non-http(s) link, body > 20000 bytes; timestamp in seconds.
 *   warning: every normalisation; unusual lengths (CorpId, AppKey, AppSecret, AgentId, robot
 *            secret, access_token); 20-char all-hex AppKey (≈ CorpId); docs placeholders (xxx);
 *            name 11–20 (old console 2–10); description < 4 (new) or > 32 (old); logo < 240 px
 *            or not square; trailing-slash advice; private/loopback IPs; CIDR in server IPs;
 *            `*` in robot IPs; unsupported Markdown; missing @ in the text; keyword only in a title.
 */
export * from './core/findings'
export * from './core/normalize'
export * from './core/text'
export * from './core/cap'
export * from './core/ipv4'
export * from './core/list'
export * from './core/split-list'
export * from './core/ip-list'
export * from './fields'
export { checkHomepagePair } from './app/form/homepage-url'
export { CORPID_PLACEHOLDER, validateConsoleUrl, type UrlRules } from './app/form/url'
export { APP_NAME_MAX, APP_NAME_MAX_OLD, APP_NAME_MIN } from './app/form/name'
export { APP_DESCRIPTION_MAX, APP_DESCRIPTION_MAX_OLD, APP_DESCRIPTION_MIN } from './app/form/description'
export { MAX_SERVER_IPS } from './app/form/server-ips'
export * from './app/credentials/shapes'
export * from './app/credentials/handover'
export { checkCredentialSet } from './app/credentials/cross-check'
export * from './doctor/needs-line'
export { IDENTITY_PROBES, NOT_PROBED, PERMISSION_PROBES, probeFor, readProbeAnswer, type PermissionProbe, type ProbeVerdict } from './doctor/probes'
export * from './robot/sign/sign'
export * from './robot/sign/signed-url'
export { parseWebhook, queryValues, ROBOT_HOST, ROBOT_PATH, ROBOT_SEND_URL, type ParsedWebhook } from './robot/webhook/webhook'
export { validateRobotTimestamp } from './robot/sign/timestamp'
export { verifyCallback, type CallbackCheck, type CallbackVerdict, type CallbackReason } from './robot/callback/verify-callback'
export { MAX_ROBOT_KEYWORDS, splitKeywords } from './robot/security/keywords'
export * from './errors/catalog'
export type { ErrorEntry } from './errors/entry'
export { parseResponse, type ParsedResponse } from './errors/parse-response'
export { ROBOT_ERRORS } from './errors/robot-errors'
export { APP_ERRORS } from './errors/app-errors'
export * from './robot/message/build/index'
export { validateLogo, LOGO_MAX_BYTES, LOGO_MIN_PIXELS, LOGO_OLD_PIXELS, type LogoInput, type LogoInfo } from './app/form/logo'
export { sniffImage, type ImageFormat, type ImageInfo } from './app/form/image-sniff'
