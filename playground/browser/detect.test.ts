import { describe, expect, it } from 'vitest'
import { inDingTalk, isDingTalkUserAgent } from './detect'

describe('isDingTalkUserAgent', () => {
  it('recognises the mobile and PC clients', () => {
    expect(isDingTalkUserAgent('Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 AliApp(DingTalk/7.0.50) com.laiwang.DingTalk/123 Channel/201200 language/zh-Hans-CN')).toBe(true)
    expect(isDingTalkUserAgent('Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 Chrome/110 Mobile Safari/537.36 AliApp(DingTalk/7.0.10) com.alibaba.android.rimet/123')).toBe(true)
    expect(isDingTalkUserAgent('Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 Chrome/91 Safari/537.36 dingtalk-win/1.0.0 nw(0.14.7) DingTalk(7.0.50-Release.1) Mojo/1.0.0')).toBe(true)
  })
  it('says no for ordinary browsers and odd strings', () => {
    expect(isDingTalkUserAgent('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/120 Safari/537.36')).toBe(false)
    expect(isDingTalkUserAgent('Mozilla/5.0 (iPhone) MicroMessenger/8.0')).toBe(false)
    expect(isDingTalkUserAgent('')).toBe(false)
  })
  it('is false where there is no navigator (the build)', () => {
    expect(typeof navigator === 'undefined' || !/DingTalk/i.test(navigator.userAgent)).toBe(true)
    expect(inDingTalk()).toBe(false)
  })
})
