/** Where an answer comes from: a group robot's webhook, a server API of the app, or 免登 / JS-API in the page. */
export type ErrorSource = 'robot' | 'app' | 'jsapi' | 'unknown'

/** Each side's name where a diagnosis is shown (the 错误诊断 widget, the CLI); none for a paste no side claims. */
export const SOURCE_NAMES: Readonly<Record<ErrorSource, string>> = { robot: '自定义机器人', app: '企业内部应用（服务端接口）', jsapi: '免登 · JS-API', unknown: '' }

/**
 * One known DingTalk error, as the reading needs it: how to recognise it and where it is documented.
 * What to tell the user is its ErrorText, kept in `<area>-texts.ts` under the same id: those texts are
 * most of the catalog's bytes, and a page loads them only once a paste is diagnosed (issue 21's size).
 */
export interface ErrorRule {
  /** Stable id, e.g. 'robot.310000.sign'. */
  id: string
  source: ErrorSource
  /** errcode numbers or gateway code strings (compared case-insensitively). */
  codes: readonly (number | string)[]
  /**
   * Tells variants of one errcode apart by the message text (310000: keywords / sign /
   * timestamp / IP), and recognises a pasted errmsg without a code. Never an exact match:
   * DingTalk's wording has changed over time.
   */
  text?: RegExp
  /**
   * The endpoint or call where the entry is what the code means (gettoken for 40001, requestAuthCode for the
   * JS-API's errorCode 3): read only to choose among the entries of the code a paste carries, never to find
   * an entry for a paste without a code (a paste that names gettoken is not yet an error).
   */
  at?: RegExp
  /** The entry's anchor on the 故障排查 page (docs/troubleshooting.md), e.g. 'err-310000-sign'. */
  anchor: string
  /** DingTalk's page about this error (open.dingtalk.com), when there is one. */
  docUrl?: string
  /** The reference marks this error or its meaning as UNCONFIRMED. */
  unconfirmed?: boolean
}

/** What to tell the user about one entry (Chinese): the 故障排查 page says the same in its section. */
export interface ErrorText {
  title: string
  cause: string
  fix: string
}

/** The texts of the catalog's entries by id (error-texts.ts): loaded by diagnose() once a paste is read. */
export type ErrorTexts = Readonly<Record<string, ErrorText>>

/** An entry with its texts: the bare-status answers (one chunk of their own) and the catalog as tests read it. */
export type ErrorEntry = ErrorRule & ErrorText

/** What went wrong and how to fix it, in Chinese, from a DingTalk response body. */
export interface Diagnosis {
  /** True when the error (or success) is one the catalog or DingTalk's own table knows. */
  matched: boolean
  errcode: number | string | null
  source: ErrorSource
  title: string
  cause: string
  fix: string
  /** The errmsg / message as DingTalk sent it (at most 2000 characters). */
  errmsg: string | null
  /** Catalog id, e.g. 'robot.310000.sign'; 'official:<code>' from DingTalk's table; 'success', 'unknown' or 'empty' otherwise. */
  id: string
  /** The reference marks this error or its meaning as UNCONFIRMED. */
  unconfirmed: boolean
  /** DingTalk's own words: the errmsg's `description:` (错误描述), else the explanation in DingTalk's error-code table. */
  officialDescription: string | null
  officialSolution: string | null
  /** DingTalk's page about this error (open.dingtalk.com), when known. */
  docUrl: string | null
  /** The entry's anchor on the 故障排查 page (`/troubleshooting#<anchor>`), when it has one. */
  anchor: string | null
  /**
   * Only when nothing read the paste (id 'unknown'): the entries whose words it shares most, best first
   * (related-entries.ts), shown as places to look, not as the cause.
   */
  related?: readonly RelatedEntry[]
}

/** An entry suggested for a paste nothing read: its title and its section on the 故障排查 page. */
export interface RelatedEntry {
  id: string
  title: string
  anchor: string
}
