/**
 * POSIX shell quoting (bash, zsh, sh): wrap in single quotes, inside which nothing is special,
 * and write a single quote itself as '\'' (close, escaped quote, reopen).
 * Why not double quotes: there `$`, backticks, `\` and `!` would still be interpreted.
 */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`
}
