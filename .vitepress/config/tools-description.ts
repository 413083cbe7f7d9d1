/**
 * The 工具箱 page's description (its <meta name="description"> and what search engines show),
 * written from the tool registry, so that a new tool is named there without a page edit.
 */
import { TOOLS } from '../../playground/logic/toolbox/tools'

export const TOOLS_PAGE = 'tools.md'

export function toolsDescription(titles: readonly string[] = TOOLS.map((t) => t.title)): string {
  return `工具箱：本站所有小工具集中在一页——${titles.join('、')}。全部在浏览器里运行，不上传、不保存。`
}
