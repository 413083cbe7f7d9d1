/**
 * The 填入示例 content of the message editor: a made-up example of each type. Its own module, loaded
 * when the reader asks for it, so the examples stay out of the editor's first load.
 */
import { EXAMPLE } from '../../../examples'
import { emptyMessageState, type MessageState, type MessageStateType } from './message-state'

const DETAIL_URL = EXAMPLE.homepageUrl
const PIC = (n: number) => `https://gt.example.com/static/notice-${n}.png`

/** A made-up example of each type; every one contains the example keyword and @ the example mobile where allowed. */
export function exampleState(type: MessageStateType): MessageState {
  const state = emptyMessageState(type)
  state.keywords = [EXAMPLE.robotKeywords]
  switch (type) {
    case 'text':
      state.text = `${EXAMPLE.appName}通知：本期跟投项目已开放认购，请在周五 18:00 前完成确认。@${EXAMPLE.mobile}`
      state.at.atMobiles = [EXAMPLE.mobile]
      break
    case 'link':
      state.title = '本期跟投项目已开放认购'
      state.text = '点击查看跟投项目说明、认购额度与截止时间。'
      state.messageUrl = DETAIL_URL
      state.picUrl = PIC(1)
      break
    case 'markdown':
      state.title = '跟投通知'
      state.text = [
        `#### 跟投通知 @${EXAMPLE.mobile}`,
        '> 本期跟投项目已开放认购',
        '',
        '**截止时间**：周五 18:00',
        '',
        '- 项目：示例项目一期',
        '- 方式：登录*跟投系统*确认',
        '',
        `[查看详情](${DETAIL_URL})`,
      ].join('\n')
      state.at.atMobiles = [EXAMPLE.mobile]
      break
    case 'actionCard':
      state.title = '跟投项目开放认购'
      state.text = '### 示例项目一期\n本期跟投项目已开放认购，请在截止前完成确认。'
      state.cardMode = 'multi'
      state.btnOrientation = '1'
      state.singleTitle = '查看详情'
      state.singleURL = DETAIL_URL
      state.btns = [
        { title: '参与跟投', actionURL: `${DETAIL_URL}?choice=yes` },
        { title: '暂不参与', actionURL: `${DETAIL_URL}?choice=no` },
      ]
      break
    case 'feedCard':
      state.links = [
        { title: '跟投通知：示例项目一期开放认购', messageURL: DETAIL_URL, picURL: PIC(1) },
        { title: '跟投系统使用说明', messageURL: `${DETAIL_URL}help`, picURL: PIC(2) },
      ]
      break
  }
  return state
}
