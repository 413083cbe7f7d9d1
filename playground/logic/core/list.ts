import { type Finding, warning } from './findings'
import { normalizeInput } from './normalize'
import { splitPieces } from './split-list'

/**
 * A comma-separated list typed by a person (服务器出口IP, robot IPs). DingTalk wants English
 * commas; a Chinese comma, spaces, line breaks or semicolons are noticed and fixed.
 */
export function splitCommaList(raw: string): { items: string[]; findings: Finding[] } {
  let source = typeof raw === 'string' ? raw : String(raw ?? '')
  const findings: Finding[] = []
  // An IME full stop: between two addresses it separates them, inside one it is its dot.
  if (source.includes('。')) {
    findings.push(warning('list.fullStop', '已把中文句号“。”改正：两个 IP 之间的改为英文逗号“,”，IP 里面的改为英文句点“.”。'))
    source = fixFullStops(source)
  }
  // Said specifically (before the generic full-width conversion) because it is the usual mistake.
  if (source.includes('，')) findings.push(warning('list.chineseComma', '已把中文逗号“，”改为英文逗号“,”：钉钉要求用英文逗号分隔。'))
  const normalized = normalizeInput(source.replace(/，/g, ','))
  findings.push(...normalized.findings)
  const value = normalized.value
  if (/[\s;、]/.test(value)) {
    findings.push(warning('list.separator', '已把空格、换行、分号或顿号当作分隔符，改为英文逗号。'))
  }
  const pieces = splitPieces(value)
  const items = pieces.filter((item) => item !== '')
  if (items.length !== pieces.length && value !== '') {
    findings.push(warning('list.emptyItem', '已去掉多余的逗号。'))
  }
  return { items, findings }
}

/** 。 after an item that already has its three dots (a whole IPv4) separates; otherwise it is a dot. */
function fixFullStops(source: string): string {
  let out = ''
  let dots = 0
  for (const c of source) {
    if (c === '。') {
      out += dots >= 3 ? ',' : '.'
      dots = dots >= 3 ? 0 : dots + 1
    } else {
      if (/[,，;；、\s]/.test(c)) dots = 0
      else if (c === '.') dots++
      out += c
    }
  }
  return out
}
