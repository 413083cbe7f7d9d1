/**
 * Issue 21, twelfth pass: the forms its two build misses taught, checked over INVENTED pastes (made-up
 * paths, hosts, times and wording), never over the real answers.
 *
 * 1. A bare 403 on the interactive-card instance endpoints (POST /v1.0/card/instances, …/createAndDeliver,
 *    …/deliver, PUT /v1.0/card/instances): those endpoints list no 403 of their own (only 400 param.* and 500
 *    system.busy: https://open.dingtalk.com/document/development/interface-for-creating-a-card-instance), and they
 *    require Card.Instance.Write; a 403 there is the gateway's, read as the missing permission. The AI card's
 *    streaming endpoint (PUT /v1.0/card/streaming), called many times a second, keeps the plain 403 reading.
 * 2. A certificate rejected as expired or not yet valid, in the words OpenSSL (and so Node and Python) and Go
 *    print without their prefixes.
 */
import { describe, expect, it } from 'vitest'
import { diagnose } from './catalog'
import { statusRuleId } from './http-status'
import { officialTable } from './official-shards'

const read = (text: string) => diagnose(text, officialTable)

describe('a bare 403 on the card instance endpoints', () => {
  it.each([
    'ERROR send card failed, error=403 Client Error: Forbidden for url: https://api.dingtalk.com/v1.0/card/instances',
    'POST https://api.dingtalk.com/v1.0/card/instances/createAndDeliver -> 403 Forbidden',
    '投放卡片失败：Request failed with status code 403, url=https://api.dingtalk.com/v1.0/card/instances/deliver',
    'PUT https://api.dingtalk.com/v1.0/card/instances returned HTTP 403',
  ])('%s', async (text) => {
    const d = await read(text)
    expect(d.matched).toBe(true)
    expect(d.id).toBe('app.permissionDenied')
  })

  it('names the permission entry from the status rule itself', () => {
    expect(statusRuleId(403, 'https://api.dingtalk.com/v1.0/card/instances', false)).toBe('app.permissionDenied')
    expect(statusRuleId(403, 'api.dingtalk.com/v1.0/card/instances/createAndDeliver', false)).toBe('app.permissionDenied')
  })

  it('keeps the plain 403 reading elsewhere on the new API', () => {
    expect(statusRuleId(403, 'https://api.dingtalk.com/v1.0/card/streaming', false)).toBe('http.403.api')
    expect(statusRuleId(403, 'https://api.dingtalk.com/v1.0/contact/users/me', false)).toBe('http.403.api')
    expect(statusRuleId(403, 'https://api.dingtalk.com/v1.0/card/instancesX', false)).toBe('http.403.api')
    // Another status on the same path is not this rule's.
    expect(statusRuleId(400, 'https://api.dingtalk.com/v1.0/card/instances', false)).toBe('http.400.api')
  })

  it('still reads the body when DingTalk gave one', async () => {
    const d = await read(
      '403 Forbidden for url: https://api.dingtalk.com/v1.0/card/instances {"code":"Forbidden.AccessDenied.QpsLimitForAppkeyAndApi","message":"您的企业应用调用钉钉开放平台当前接口的所有请求都被暂时禁用了"}',
    )
    expect(d.id).toBe('app.qpsLimit')
  })
})

describe('a certificate rejected as expired or not yet valid', () => {
  it.each([
    // Go's crypto/x509 words with the prefix cut off, as people quote them.
    'webhook 报 certificate has expired or is not yet valid',
    // OpenSSL's (Node: CERT_HAS_EXPIRED) and its newer not-yet-valid wording.
    'Error: certificate has expired\n    at TLSSocket.onConnectSecure (node:_tls_wrap:1674:34)',
    'SSL error: certificate is not yet valid or the system clock is incorrect',
    'verify error:num=9:certificate is not yet valid',
  ])('%s', async (text) => {
    const d = await read(text)
    expect(d.matched).toBe(true)
    expect(d.id).toBe('net.tlsCertificate')
  })

  it('takes no CRL or OCSP expiry, nor a token that expired', async () => {
    for (const text of ['CRL has expired', 'OCSP response has expired', 'the certificate file expired.txt was removed']) {
      expect((await read(text)).id, text).not.toBe('net.tlsCertificate')
    }
  })

  it('stays linear on a long paste of near-misses', async () => {
    const long = 'certificate has '.repeat(12_000) + 'certificate is not '.repeat(8_000)
    const t = performance.now()
    await read(long)
    expect(performance.now() - t).toBeLessThan(1500)
  })
})
