/**
 * The state file behind `send --state`: one small JSON file (send-ledger.ts says what is in it:
 * send times, delivered msgUuids, a monthly count; never a token, secret or message text), shared
 * by every run on the server. Each change is a read-modify-write under a lock file created with
 * O_EXCL ("wx"), written to a temporary file and renamed over the old one, so two runs in the same
 * minute neither lose each other's sends nor leave a half-written file behind.
 */
import { createHash } from 'node:crypto'
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join } from 'node:path'
import { InputError } from '../../core/input-error'
import { emptyLedger, isLedgerData, type LedgerData, ledgerOver, type PacingRule, type SendLedger } from './send-ledger'

/** `--state auto`: $XDG_STATE_HOME/dingtalk/send-state.json (XDG Base Directory), else ~/.local/state/…. */
export function defaultStatePath(env: Readonly<Record<string, string | undefined>>): string {
  const base = env.XDG_STATE_HOME?.startsWith('/') ? env.XDG_STATE_HOME : join(env.HOME || homedir(), '.local', 'state')
  return join(base, 'dingtalk', 'send-state.json')
}

/** The robot's key in the file: a hash of its Webhook address (without timestamp/sign), not the address. */
export function robotKey(webhook: string): string {
  const url = new URL(webhook)
  const token = url.searchParams.get('access_token') ?? ''
  return createHash('sha256').update(`${url.host}${url.pathname}?access_token=${token}`).digest('hex').slice(0, 16)
}

/** A lock older than this was left by a run that died (a change takes milliseconds). */
const STALE_LOCK_MS = 10_000
const GIVE_UP_MS = 15_000

function readLedger(path: string): LedgerData {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (err) {
    if ((err as { code?: string }).code === 'ENOENT') return emptyLedger()
    throw new InputError(`无法读取状态文件 ${path}（${(err as { code?: string }).code ?? '读取失败'}）。`)
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    value = null
  }
  if (!isLedgerData(value))
    throw new InputError(`状态文件 ${path} 的内容无法识别（不是本工具写的，或已损坏）。请检查它；删除后会从空白重新开始（之前送达的记录会丢失）。`)
  return value
}

export function fileLedger(path: string, key: string, rule: PacingRule, sleep: (ms: number) => Promise<void>): SendLedger {
  const lock = `${path}.lock`
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 })
  } catch (err) {
    throw new InputError(`无法创建状态文件的目录 ${dirname(path)}（${(err as { code?: string }).code ?? '失败'}）。`)
  }

  async function acquire(): Promise<void> {
    const started = Date.now()
    for (;;) {
      try {
        closeSync(openSync(lock, 'wx', 0o600))
        return
      } catch (err) {
        const code = (err as { code?: string }).code
        if (code !== 'EEXIST') throw new InputError(`无法在 ${dirname(path)} 创建锁文件（${code ?? '失败'}）。`)
      }
      try {
        if (Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS) {
          // Renamed first, so that of two runs seeing the same stale lock only one removes it.
          const aside = `${lock}.stale-${process.pid}`
          renameSync(lock, aside)
          unlinkSync(aside)
          continue
        }
      } catch {
        // gone in between: try again
      }
      if (Date.now() - started > GIVE_UP_MS)
        throw new InputError(`状态文件 ${path} 一直被锁住（${lock}）。若没有别的 send 在运行，请删除这个锁文件。`)
      await sleep(5 + Math.floor(Math.random() * 20))
    }
  }

  async function update<T>(change: (data: LedgerData) => T): Promise<T> {
    await acquire()
    try {
      const data = readLedger(path)
      const result = change(data)
      const temporary = `${path}.${process.pid}.tmp`
      writeFileSync(temporary, JSON.stringify(data) + '\n', { mode: 0o600 })
      renameSync(temporary, path)
      return result
    } finally {
      try {
        unlinkSync(lock)
      } catch {
        // already removed as stale by another run: nothing to undo
      }
    }
  }

  return ledgerOver(path, key, rule, update)
}
