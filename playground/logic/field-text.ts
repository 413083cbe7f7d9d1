/**
 * What a form shows for each field: its label, the hint under it, and a placeholder where the
 * placeholder describes the value's shape (example values come from ./examples.ts). Hints that
 * state a limit are built from the limit the validator checks, so the two cannot drift apart.
 * Strings only, apart from the validators (./fields.ts), so that a widget reading a label does
 * not load every field's validator.
 */
import type { FieldName } from './fields'
// The limits module, not the validators: a hint must not pull a validator into every page with a form.
import {
  APP_DESCRIPTION_MAX,
  APP_DESCRIPTION_MAX_OLD,
  APP_DESCRIPTION_MIN,
  APP_NAME_MAX,
  APP_NAME_MAX_OLD,
  APP_NAME_MIN,
  LOGO_MAX_BYTES,
  LOGO_MIN_PIXELS,
} from './app-form/limits'

export interface FieldText {
  /** As the FAQ's console shows it; the new console's name follows in brackets where it differs. */
  label: string
  hint?: string
  placeholder?: string
}

export const FIELD_TEXT: Record<FieldName, FieldText> = {
  appName: {
    label: '应用名称',
    hint: `中文、数字或字母；旧版控制台 ${APP_NAME_MIN}–${APP_NAME_MAX_OLD} 个字符，新版 ${APP_NAME_MIN}–${APP_NAME_MAX} 个`,
  },
  appDescription: {
    label: '应用简介',
    hint: `简要描述应用提供的产品或服务；旧版最多 ${APP_DESCRIPTION_MAX_OLD} 个字符，新版 ${APP_DESCRIPTION_MIN}–${APP_DESCRIPTION_MAX} 个`,
  },
  homepageUrl: { label: '应用首页链接', hint: '移动端首页地址，以 http:// 或 https:// 开头，旧版提示以斜杠结尾' },
  pcHomepageUrl: { label: 'PC端首页地址', hint: '选填：系统提供电脑版页面时才填' },
  adminUrl: { label: '管理后台地址', hint: '选填：系统提供管理后台时才填' },
  serverIps: { label: '服务器出口IP', hint: '多个 IP 用英文逗号 , 隔开，每个 IP 最多一个 * 号通配符' },
  corpId: { label: 'CorpId', placeholder: 'ding 开头，20 或 36 个字符' },
  appKey: { label: 'AppKey（Client ID）', placeholder: 'ding 开头，20 个字符' },
  appSecret: { label: 'AppSecret（Client Secret）', placeholder: '64 个字符' },
  agentId: { label: 'AgentId', placeholder: '一串数字' },
  robotWebhook: {
    label: 'Webhook 地址',
    hint: '完整地址或只填 access_token 均可。',
    placeholder: 'https://oapi.dingtalk.com/robot/send?access_token=…',
  },
  robotSecret: { label: '加签密钥', hint: '安全设置 → 加签 下方 SEC 开头的字符串。', placeholder: 'SEC…' },
  robotKeywords: { label: '自定义关键词' },
  robotIps: { label: 'IP地址（段）' },
}

/** 应用Logo: a file, checked by its bytes (validateLogo), so not one of the text fields above. */
export const LOGO_TEXT: FieldText = {
  label: '应用Logo',
  hint: `PNG 或 JPG，正方形，${LOGO_MIN_PIXELS}×${LOGO_MIN_PIXELS} 像素以上，${LOGO_MAX_BYTES / 1024 / 1024} MB 以内，无圆角`,
}
