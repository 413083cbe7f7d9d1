/**
 * What `send` remembers about its sends: the pacing window (DingTalk allows a robot 20 messages
 * a minute and throttles it for 10 minutes beyond that:
 * https://open.dingtalk.com/document/development/custom-robots-send-group-messages), the
 * msgUuids already delivered (so a stopped batch resumes without posting them again) and this
 * month's count against the Webhook&Stream quota. In memory for one run, or in a state file
 * (send-state-file.ts) shared by every run on the server. The rules live here, without I/O.
 */
import { MINUTE_MS, ROBOT_LIMIT_PER_MINUTE } from './pacing'

export interface RobotRecord {
  /**
   * When each recent request reached DingTalk at the latest: the answer's time, or, while it is
   * on its way, the time it will have given up by. Upper bounds, so that waiting a window after
   * the 20th-last keeps any 21 requests more than a window apart on DingTalk's side too.
   */
  sends: number[]
  /** msgUuid → when DingTalk said errcode 0. */
  delivered: Record<string, number>
}

export interface LedgerData {
  version: 1
  robots: Record<string, RobotRecord>
  /** Month (Beijing time, YYYY-MM) → messages delivered through this ledger. */
  months: Record<string, number>
}

export const emptyLedger = (): LedgerData => ({ version: 1, robots: {}, months: {} })

export interface PacingRule {
  limit: number
  windowMs: number
  /** How long a request may take at most (the HTTP time-out and a margin). */
  pendingMs: number
}

export const ROBOT_RULE: PacingRule = { limit: ROBOT_LIMIT_PER_MINUTE, windowMs: MINUTE_MS, pendingMs: 20_000 }

/** Delivered msgUuids are remembered this long (a batch is resumed within days, not months). */
export const REMEMBER_MS = 40 * 24 * 3_600_000
/** And at most this many per robot, so the file stays small. */
export const REMEMBER_MAX = 5_000

/** DingTalk counts the quota per natural month; China Standard Time is assumed (未确认 in its docs). */
export const monthOf = (now: number): string => new Date(now + 8 * 3_600_000).toISOString().slice(0, 7)

function robotIn(data: LedgerData, key: string): RobotRecord {
  const robot = (data.robots[key] ??= { sends: [], delivered: {} })
  return robot
}

/**
 * Either how long to wait before the next request may leave, or a slot taken for it now
 * (its ticket is the time recorded for it until it settles).
 */
export function reserveSlot(data: LedgerData, key: string, now: number, rule: PacingRule): { wait: number } | { ticket: number } {
  const robot = robotIn(data, key)
  robot.sends = robot.sends.filter((at) => at > now - rule.windowMs).sort((a, b) => a - b)
  if (robot.sends.length >= rule.limit) {
    const wait = (robot.sends[robot.sends.length - rule.limit] as number) + rule.windowMs - now
    return { wait: Math.max(1, wait) }
  }
  const ticket = now + rule.pendingMs
  robot.sends.push(ticket)
  return { ticket }
}

/** The request of `ticket` is over at `now`: its time becomes `now`; a delivery is remembered and counted. */
export function settleSlot(data: LedgerData, key: string, ticket: number, now: number, delivered: string | null): void {
  const robot = robotIn(data, key)
  const k = robot.sends.indexOf(ticket)
  if (k >= 0) robot.sends[k] = Math.min(ticket, now)
  if (delivered === null || robot.delivered[delivered] !== undefined) return
  robot.delivered[delivered] = now
  const month = monthOf(now)
  data.months[month] = (data.months[month] ?? 0) + 1
  const kept = Object.entries(robot.delivered)
    .filter(([, at]) => at > now - REMEMBER_MS)
    .sort((a, b) => a[1] - b[1])
    .slice(-REMEMBER_MAX)
  robot.delivered = Object.fromEntries(kept)
  for (const m of Object.keys(data.months)) if (m < monthOf(now - 62 * 24 * 3_600_000)) delete data.months[m]
}

/** Whether a ledger read from disk has the shape written here (anything else is not trusted). */
export function isLedgerData(value: unknown): value is LedgerData {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Partial<LedgerData>
  if (v.version !== 1 || typeof v.robots !== 'object' || v.robots === null || typeof v.months !== 'object' || v.months === null) return false
  return Object.values(v.robots).every(
    (r) =>
      typeof r === 'object' &&
      r !== null &&
      Array.isArray(r.sends) &&
      r.sends.every((t) => typeof t === 'number') &&
      typeof r.delivered === 'object' &&
      r.delivered !== null,
  )
}

/** The ledger as `send` uses it; every call is one read-modify-write when it is a file. */
export interface SendLedger {
  /** Where it is kept, for messages; null in memory. */
  readonly path: string | null
  reserve(now: number): Promise<{ wait: number } | { ticket: number }>
  settle(ticket: number, now: number, delivered: string | null): Promise<void>
  wasDelivered(msgUuid: string): Promise<boolean>
  /** Messages delivered this month through this ledger. */
  monthCount(now: number): Promise<number>
}

/** A ledger over some storage: `update` runs a change on the data (under a lock when shared). */
export function ledgerOver(
  path: string | null,
  key: string,
  rule: PacingRule,
  update: <T>(change: (data: LedgerData) => T) => Promise<T>,
): SendLedger {
  return {
    path,
    reserve: (now) => update((data) => reserveSlot(data, key, now, rule)),
    settle: (ticket, now, delivered) => update((data) => settleSlot(data, key, ticket, now, delivered)),
    wasDelivered: (msgUuid) => update((data) => data.robots[key]?.delivered[msgUuid] !== undefined),
    monthCount: (now) => update((data) => data.months[monthOf(now)] ?? 0),
  }
}

/** One run's ledger, in memory (no --state). */
export function memoryLedger(key: string, rule: PacingRule): SendLedger {
  const data = emptyLedger()
  return ledgerOver(null, key, rule, async (change) => change(data))
}
