/**
 * The site and its tools speak to the reader one way: 你, not 您 (the two were mixed until
 * 2026-12-04). DingTalk's own sentences keep their 您 where they are quoted or matched
 * (您的服务器调用钉钉开放平台…, in the diagnosis's rules and the answers of its tests).
 */
import { describe, expect, it } from 'vitest'
import { flaggedLines, trackedFiles } from './tracked-lines'

const files = trackedFiles((f) => /\.(ts|vue|md|mjs)$/.test(f) && !/\.test\.ts$|\/testdata\/|\/official\//.test(f), [
  'docs',
  'playground',
  'scripts',
  '.vitepress',
])

/** A line that quotes or matches DingTalk's words, where 您 is theirs. */
const DINGTALK_WORDS = /您的(服务器|企业应用|ISV应用|套件)/

const formal = (line: string) => line.includes('您') && !DINGTALK_WORDS.test(line)

describe('how the site addresses the reader', () => {
  it('reads the UI and the pages', () => expect(files.length).toBeGreaterThan(150))
  it('says 你 everywhere of its own', () => {
    expect(flaggedLines(files, formal, 80)).toEqual([])
  })
  it('would catch one, and leaves DingTalk\'s quoted words alone', () => {
    expect(formal('请填写您自己应用的 AppKey。')).toBe(true)
    expect(formal("text: /您的服务器调用钉钉开放平台当前接口的所有请求/")).toBe(false)
  })
})
