/**
 * The repository's own files as the content tests read them: tracked or new (not ignored), and
 * the lines of them a rule flags, each as `file:line: text` so a failure points at the place.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

export const ROOT = new URL('../../', import.meta.url).pathname

/** Tracked and untracked, not ignored, files under `paths` (all when none) that `keep` accepts. */
export function trackedFiles(keep: (file: string) => boolean, paths: string[] = []): string[] {
  return execFileSync('git', ['ls-files', '-co', '--exclude-standard', ...paths], { cwd: ROOT, encoding: 'utf8' })
    .split('\n')
    .filter((f) => f !== '' && keep(f))
}

/** Every line of `files` that `flagged` says yes to, as `file:line: text` (the text cut to `width`). */
export function flaggedLines(files: readonly string[], flagged: (line: string) => boolean, width = 120): string[] {
  return files.flatMap((f) =>
    readFileSync(ROOT + f, 'utf8')
      .split('\n')
      .flatMap((line, i) => (flagged(line) ? [`${f}:${i + 1}: ${line.trim().slice(0, width)}`] : [])),
  )
}
