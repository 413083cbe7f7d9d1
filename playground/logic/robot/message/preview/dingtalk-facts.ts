/**
 * What the preview knows about how DingTalk's clients render a robot's Markdown beyond its
 * documented subset, each with how sure we are and where it comes from. One list: the preview's
 * PC / phone switch and its caption read it, and the markdown checks word their warnings by it.
 */
export type Certainty = '钉钉文档' | '社区观察' | '社区报告，未确认'

export interface RenderFact {
  id: 'fontColor' | 'tablePc' | 'tablePhone'
  /** Chinese, one sentence. */
  text: string
  certainty: Certainty
  sources: readonly string[]
}

export const RENDER_FACTS: readonly RenderFact[] = [
  {
    id: 'fontColor',
    text: '<font color="#FF0000">文字</font> 会显示为彩色文字；钉钉的文档没有列出这种写法，但告警模板里常用。',
    certainty: '社区观察',
    sources: ['https://github.com/timonwong/prometheus-webhook-dingtalk/issues/82'],
  },
  {
    id: 'tablePc',
    text: '电脑版钉钉会把 Markdown 表格显示成表格。',
    certainty: '社区报告，未确认',
    sources: ['https://github.com/soimy/openclaw-channel-dingtalk/issues/533'],
  },
  {
    id: 'tablePhone',
    text: '手机版钉钉不显示表格，竖线和横线原样出现；新版客户端也有同样的报告。',
    certainty: '社区报告，未确认',
    sources: [
      'https://github.com/soimy/openclaw-channel-dingtalk/issues/533',
      'https://github.com/DingTalk-Real-AI/dingtalk-workspace-cli/issues/577',
    ],
  },
]
