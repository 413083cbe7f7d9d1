import { describe, expect, it } from 'vitest'
import { bypassesProxy, proxyFor, proxySettings, withScheme } from './http'
import { maskUrlSecrets } from './robot-answer'

const url = (u: string) => new URL(u)

describe('NO_PROXY, by curl’s rules, one matcher for route and message', () => {
  it.each([
    ['oapi.dingtalk.com', 'https://oapi.dingtalk.com/robot/send', true],
    ['dingtalk.com', 'https://oapi.dingtalk.com/robot/send', true], // a domain covers its subdomains
    ['.dingtalk.com', 'https://oapi.dingtalk.com/', true],
    ['*.dingtalk.com', 'https://oapi.dingtalk.com/', true],
    ['DingTalk.COM', 'https://oapi.dingtalk.com/', true],
    ['talk.com', 'https://oapi.dingtalk.com/', false], // not a suffix on a dot boundary
    ['oapi.dingtalk.com:443', 'https://oapi.dingtalk.com/', true],
    ['oapi.dingtalk.com:8443', 'https://oapi.dingtalk.com/', false],
    ['localhost, 127.0.0.1', 'http://127.0.0.1:8080/', true],
    ['*', 'https://api.dingtalk.com/', true],
    ['', 'https://api.dingtalk.com/', false],
    ['[::1]', 'http://[::1]:3000/', true],
  ])('NO_PROXY=%j, %s → bypass %s', (noProxy, target, expected) => {
    expect(bypassesProxy(url(target), noProxy)).toBe(expected)
  })

  it('proxyFor: HTTPS_PROXY for https (else HTTP_PROXY), null when exempt', () => {
    const p = proxySettings({ HTTPS_PROXY: 'proxy.example.com:3128', NO_PROXY: 'internal.example.com' })!
    expect(p.httpsProxy).toBe('http://proxy.example.com:3128') // no scheme: read as http://, as curl does
    expect(proxyFor(url('https://oapi.dingtalk.com/'), p)).toBe('http://proxy.example.com:3128')
    expect(proxyFor(url('https://a.internal.example.com/'), p)).toBeNull()
    expect(proxyFor(url('http://oapi.dingtalk.com/'), p)).toBeNull() // no HTTP_PROXY
    expect(withScheme('https://p:1')).toBe('https://p:1')
    expect(withScheme('socks5://p:1')).toBe('socks5://p:1')
  })
})

describe('an echoed URL in a gateway’s page', () => {
  it('masks access_token and sign, plain or encoded', () => {
    const page = '<p>GET /robot/send?access_token=abcdef0123456789&amp;timestamp=1&sign=xyz%2B%3D failed</p> access_token%3Dfeed'
    const masked = maskUrlSecrets(page)
    expect(masked).not.toMatch(/abcdef0123456789|xyz|feed/)
    expect(masked).toContain('access_token=******')
  })
})
