/**
 * Reading the files named on the command line (.env, Markdown, JSON) with Chinese errors.
 */
import { readFileSync, statSync } from 'node:fs'
import { InputError } from './input-error'

/** Far above anything a .env or a 20000-byte robot message needs; stops a wrong path to a huge file. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024

export function readTextFile(path: string, what: string): string {
  let size: number
  try {
    const stat = statSync(path)
    if (stat.isDirectory()) throw new InputError(`${what} ${path} 是一个文件夹，请给出文件路径。`)
    size = stat.size
  } catch (err) {
    if (err instanceof InputError) throw err
    const code = (err as { code?: string }).code
    throw new InputError(
      code === 'ENOENT'
        ? `找不到${what} ${path}。请检查路径（相对路径从当前目录算起）。`
        : code === 'EACCES'
          ? `没有权限读取${what} ${path}。`
          : `无法读取${what} ${path}（${code ?? '未知错误'}）。`,
    )
  }
  if (size > MAX_FILE_BYTES) throw new InputError(`${what} ${path} 太大（${size} 字节），不像是要读的文件。`)
  try {
    return readFileSync(path, 'utf8').replace(/^\uFEFF/, '')
  } catch (err) {
    throw new InputError(`无法读取${what} ${path}（${(err as { code?: string }).code ?? '未知错误'}）。`)
  }
}
