import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { containsNormalized, extractSeed, normalizeForMatch, seedLines, splitSentences } from './seed'
import { realIdentifiers } from './identifiers'

const fixture = readFileSync(new URL('../fixtures/faq-source.txt', import.meta.url), 'utf8')
const seed = extractSeed(fixture)

describe('seedLines', () => {
  it('drops GitBook leftovers and blank lines', () => {
    expect(seedLines('目录\n\n稍等\n测试\n[返回](#)\n[返回](#)[创建应用](#)\n返回\n开通权限\n')).toEqual(['开通权限'])
  })
  it('keeps a line that merely contains a leftover word', () => {
    expect(seedLines('添加可使用人员，用于开发过程中体验与测试')).toHaveLength(1)
  })
})

describe('splitSentences', () => {
  it('splits at 。 and drops a sentence that is only a dead link', () => {
    expect(splitSentences('名称可以由中文、数字及英文组成。长度在2-10个字符，可修改。点击了解更多[《基本信息规范》](#)')).toEqual([
      '名称可以由中文、数字及英文组成',
      '长度在2-10个字符，可修改',
    ])
  })
})

describe('extractSeed on the FAQ (fixture copy)', () => {
  it('finds the step headings, without console chrome or leftovers', () => {
    expect(seed.headings).toEqual([
      '事业合伙系统常见问题', '前言', '钉钉应用接口配置', '钉钉消息机器人', '相关链接', '打开钉钉开放平台',
      '新建微应用', '创建应用', '填写基本信息', '配置开发信息', '开通权限', '应用发布', '发布应用',
      '可使用范围', '获取开发key', '应用开发流程', '应用开发', '最终提供',
    ])
    for (const chrome of ['稍等', '测试', '返回', '跟投系统', '需求建议', '示例科技有限公司']) expect(seed.headings).not.toContain(chrome)
  })

  it('finds every field label of both form steps and of the app details, CorpId spelled right', () => {
    expect(seed.fieldLabels).toEqual(expect.arrayContaining([
      '应用名称', '应用Logo', '应用简介', '开发方式', '开发模式', '开发应用类型', '应用首页链接', '服务器出口IP',
      'PC端首页地址', '管理后台地址', '应用类型', '应用首页地址', '可使用范围', 'CorpId', 'AgentId', 'AppKey', 'AppSecret',
    ]))
    expect(seed.fieldLabels).not.toContain('Corpld')
    expect(seed.fieldLabels).not.toContain('图片格式必须为')
  })

  it('finds the options of the choice fields', () => {
    expect(seed.options).toEqual(['企业内部自主开发', '授权给服务商开发', '开发应用', '快捷链接', '小程序', '微应用'])
  })

  it('finds the rule sentences, including the trailing-slash advice and the 20-person rule', () => {
    expect(seed.rules).toHaveLength(23)
    expect(seed.rules).toEqual(expect.arrayContaining([
      '长度在2-10个字符，可修改',
      '图片格式必须为：png、jpeg、jpg，建议大小为200PX*200PX，可修改',
      '请简要描述应用提供的产品或服务，最多32个字符，可修改',
      '注意以斜杠结尾, 例: http://***.com/m/',
      '调用钉钉服务端API时的合法IP列表, 多个IP请以","隔开, 支持带一个*号通配符的IP格式',
      '添加可使用人员，用于开发过程中体验与测试（开发版本最多20人可见）',
      '请复制并提供给技术人员',
    ]))
    expect(seed.rules.some((r) => r.includes('](#)'))).toBe(false)
  })

  it('reads both permission tables completely: 2 + 6 + 10 rows with description and status', () => {
    const count = (group: string) => seed.permissionRows.filter((r) => r.group === group).length
    expect(seed.permissionTables.map((t) => t.group)).toEqual(['基础权限', '高级权限-企业通讯录', '高级权限-微应用'])
    expect([count('基础权限'), count('高级权限-企业通讯录'), count('高级权限-微应用')]).toEqual([2, 6, 10])
    expect(seed.permissionRows[0]).toEqual({ group: '基础权限', name: '身份验证', description: '获取员工的基本信息，用于登录系统/应用', status: '已开通' })
    expect(seed.permissionRows.at(-1)).toEqual({ group: '高级权限-微应用', name: 'DING日程', description: '管理钉钉日程数据权限', status: '未开通' })
    expect(seed.permissionRows.every((r) => r.name && r.description && r.status)).toBe(true)
  })

  it('takes the credential names from the 最终提供 list', () => {
    expect(seed.credentialNames).toEqual(['CorpId', 'AppKey', 'AppSecret', 'AgentId'])
  })

  it('finds the two related links', () => {
    expect(seed.relatedLinks).toEqual([
      { text: '钉钉开放平台管理后台', label: '打开' },
      { text: '钉钉文档', label: '获取appKey和appSecret' },
    ])
  })
})

describe('extractSeed on small inputs', () => {
  it('tells a label line from a sentence with a colon', () => {
    const s = extractSeed('AgentId：123\n\n图片格式必须为：png、jpeg，可修改\n')
    expect(s.fieldLabels).toEqual(['AgentId'])
    expect(s.rules).toEqual(['图片格式必须为：png、jpeg，可修改'])
  })
  it('reads a permission table that ends at the next blank-separated block', () => {
    const s = extractSeed('基础权限 说明。\n\n权限\t描述\t状态\n甲\t乙\t已开通\n\n发布应用\n')
    expect(s.permissionRows).toEqual([{ group: '基础权限', name: '甲', description: '乙', status: '已开通' }])
    expect(s.headings).toEqual(['发布应用'])
  })
})

describe('normalizeForMatch / containsNormalized', () => {
  it('folds full-width punctuation, quotes and spaces', () => {
    expect(normalizeForMatch('多个IP请以“，”隔开， 支持')).toBe('多个IP请以","隔开,支持')
    expect(containsNormalized('请输入http或https开头的网址链接，如https://www.dingtalk.com。', '请输入http或https开头的网址链接, 如https://www.dingtalk.com')).toBe(true)
  })
  it('still tells different text apart', () => {
    expect(containsNormalized('长度在2-20个字符', '长度在2-10个字符')).toBe(false)
  })
})

describe('the fixture', () => {
  it('holds none of the real identifiers of the seed', () => {
    for (const id of realIdentifiers()) expect(fixture).not.toContain(id)
  })
  // The original seed sits in shared/ beside the checkout on the team's machines and in CI.
  const seedPath = new URL('../../../shared/seed/faq-source.txt', import.meta.url)
  it.runIf(existsSync(seedPath))('is the seed with only the identifiers replaced', () => {
    const original = readFileSync(seedPath, 'utf8')
    expect(fixture.split('\n')).toHaveLength(original.split('\n').length)
    const changed = fixture.split('\n').filter((line, i) => line !== original.split('\n')[i])
    expect(changed).toHaveLength(7)
  })
})
