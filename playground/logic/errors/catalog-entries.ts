/**
 * The catalog with its texts, read synchronously: for tests and build-time checks (the 故障排查 page, the
 * catalog against DingTalk's table), which need every entry whole. Callers that show a diagnosis use
 * diagnose() (catalog.ts), which loads the texts only when a paste comes.
 */
import { diagnoseWith, ERROR_CATALOG } from './catalog'
import type { Diagnosis, ErrorEntry } from './entry'
import { ERROR_TEXTS } from './error-texts'
import { parseResponse } from './parse-response'

export const CATALOG_ENTRIES: readonly ErrorEntry[] = ERROR_CATALOG.map((rule) => ({ ...rule, ...ERROR_TEXTS[rule.id]! }))

/** The curated catalog only, without DingTalk's table: synchronous; the catalog's own tests read entries through it. */
export function diagnoseCatalog(response: string | Record<string, unknown>): Diagnosis {
  return diagnoseWith(parseResponse(response), ERROR_TEXTS)
}
