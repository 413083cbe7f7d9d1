/**
 * How far the device clock is from the server's, measured with one HTTP request:
 * the `Date` header says the server time when the answer was made, to the second (it truncates),
 * so the server time is estimated as Date + 0.5 s, and compared with the middle of the request's
 * round trip on the device clock. Positive offset = the device clock is BEHIND the server.
 */
export interface ClockSample {
  /** Device time (ms since epoch) just before the request was sent. */
  sentAt: number
  /** Device time just after the answer arrived. */
  receivedAt: number
  /** The raw `Date` response header, or null when the answer had none. */
  dateHeader: string | null
}

export interface ClockOffset {
  /** Server time minus device time, in ms. */
  offsetMs: number
  /** How far off the estimate may be, in ms (half the round trip plus half a second of truncation). */
  uncertaintyMs: number
}

/** Parses an HTTP date (IMF-fixdate, e.g. "Tue, 24 Nov 2026 14:00:00 GMT"); null when it is not one. */
export function parseHttpDate(header: string | null | undefined): number | null {
  if (typeof header !== 'string') return null
  const text = header.trim()
  // Only the HTTP forms (all carry GMT or a weekday); refuse bare numbers that Date.parse would take.
  if (!/^[A-Za-z]{3},? .*\d{2}:\d{2}:\d{2}/.test(text) && !/GMT$/.test(text)) return null
  const ms = Date.parse(text)
  return Number.isFinite(ms) ? ms : null
}

export function measureOffset(sample: ClockSample): ClockOffset | null {
  const serverSecond = parseHttpDate(sample.dateHeader)
  if (serverSecond === null) return null
  if (!Number.isFinite(sample.sentAt) || !Number.isFinite(sample.receivedAt)) return null
  const roundTrip = Math.max(0, sample.receivedAt - sample.sentAt)
  const deviceMiddle = sample.sentAt + roundTrip / 2
  return {
    offsetMs: Math.round(serverSecond + 500 - deviceMiddle),
    uncertaintyMs: Math.round(roundTrip / 2 + 500),
  }
}
