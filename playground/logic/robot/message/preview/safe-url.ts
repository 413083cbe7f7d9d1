/**
 * Only web links (and DingTalk's own `dingtalk://` links, which the robot docs use to choose where a
 * link opens) may become an href. Anything else (javascript:, data:, vbscript:, relative paths)
 * is shown as literal text by the renderer, so a preview can never run script.
 */
export function safeUrl(raw: string): string | null {
  const url = raw.trim()
  if (!/^(https?:\/\/|dingtalk:\/\/)[^\s<>"'`]+$/i.test(url)) return null
  try {
    const parsed = new URL(url)
    if (!['http:', 'https:', 'dingtalk:'].includes(parsed.protocol)) return null
  } catch {
    return null
  }
  return url
}
