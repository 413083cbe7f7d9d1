import { describe, expect, it } from 'vitest'
import { openInDingTalkLink } from './open-in-dingtalk'
import { explainAuthCodeFailure } from './auth-code-error'

describe('openInDingTalkLink', () => {
  it('wraps the page address in DingTalk’s page-link scheme', () => {
    expect(openInDingTalkLink('https://example.github.io/gt-faq/app/credentials.html')).toBe(
      'dingtalk://dingtalkclient/page/link?url=https%3A%2F%2Fexample.github.io%2Fgt-faq%2Fapp%2Fcredentials.html',
    )
  })
  it('drops query and hash, so typed values never get into the link', () => {
    const link = openInDingTalkLink('https://x.example/p?appSecret=abc&corpId=ding1#secret=zz')
    expect(link).toBe('dingtalk://dingtalkclient/page/link?url=https%3A%2F%2Fx.example%2Fp')
    expect(link).not.toMatch(/abc|ding1|zz/)
  })
  it('copes with a string that is not a URL', () => {
    expect(openInDingTalkLink('not a url?x=1')).toBe('dingtalk://dingtalkclient/page/link?url=not%20a%20url')
  })
})

describe('explainAuthCodeFailure', () => {
  it('keeps DingTalk’s code and message and lists the usual causes', () => {
    const f = explainAuthCodeFailure({ errorCode: '3', errorMessage: 'corpId is invalid' })
    expect(f.detail).toBe('错误码 3：corpId is invalid')
    expect(f.explanation).toContain('CorpId 与当前登录钉钉的组织不一致')
    expect(f.explanation).toContain('同域名')
  })
  it('recognises a cancel and an unsupported version', () => {
    expect(explainAuthCodeFailure({ errorCode: '-1' }).explanation).toContain('取消')
    expect(explainAuthCodeFailure(new Error('this api is not support in current version')).explanation).toContain('升级')
  })
  it('never throws on odd input', () => {
    for (const x of [null, undefined, 42, 'boom', {}, []]) expect(explainAuthCodeFailure(x).explanation).toBeTruthy()
  })
})
