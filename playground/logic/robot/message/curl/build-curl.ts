import { shellQuote } from './shell-quote'

export interface CurlRequest {
  /** The full (signed) webhook URL. */
  url: string
  /** The JSON body, sent as is. */
  json: string
}

/**
 * A ready-to-paste `curl` command for a POSIX shell (Linux / macOS terminal, Git Bash, WSL).
 * `-d` is used rather than `--data-raw` so that old curl versions (e.g. 7.29 on CentOS 7) work;
 * it is safe because a JSON body never starts with `@` (which would make curl read a file).
 */
export function buildCurlCommand({ url, json }: CurlRequest): string {
  const body = json.startsWith('@') ? ' ' + json : json // never let curl read a file
  return [
    `curl -sS -X POST ${shellQuote(url)}`,
    `  -H 'Content-Type: application/json; charset=utf-8'`,
    `  -d ${shellQuote(body)}`,
  ].join(' \\\n')
}
