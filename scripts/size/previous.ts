/**
 * The previous passing run's account of every page (chunk-diff.ts), kept outside the build so that a
 * failing run can say what moved since: by default in node_modules/.cache (never committed, gone
 * with a fresh install), or where `--previous FILE` says.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { PageAccount } from './chunk-diff'

export const DEFAULT_PREVIOUS = join('node_modules', '.cache', 'gt-faq-size', 'previous.json')

interface PreviousFile {
  version: 1
  pages: PageAccount[]
}

/** The accounts of the last passing run, or null when there is none (or it is unreadable). */
export function readPrevious(file: string): PageAccount[] | null {
  if (!existsSync(file)) return null
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as PreviousFile
    return data.version === 1 && Array.isArray(data.pages) ? data.pages : null
  } catch {
    return null
  }
}

export function writePrevious(file: string, pages: PageAccount[]): void {
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, JSON.stringify({ version: 1, pages } satisfies PreviousFile))
}
