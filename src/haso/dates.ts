/*
 * Haso's day is the Turkish day: Europe/Istanbul (assumption: 5.11 dates are
 * Istanbul days). Offsets come from the time-zone database through Intl, not a
 * fixed +3 h, so dates from before 2016, when Türkiye still had summer time,
 * come out right too.
 *
 * Pure: no Node-only or Medusa imports, because the admin UI uses it in the
 * browser as well.
 */

const HOUR_MS = 60 * 60 * 1000
const DAY_MS = 24 * HOUR_MS

const wallClock = new Intl.DateTimeFormat("en-US", {
  timeZone: "Europe/Istanbul",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
})

/** Istanbul's offset at a whole second, from the time-zone database. */
function offsetAt(ms: number): number {
  const p: Record<string, number> = {}
  for (const { type, value } of wallClock.formatToParts(ms)) {
    p[type] = Number(value)
  }
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - ms
}

// Intl takes microseconds per call; the sandbox asks for thousands of dates at
// once. The offset is kept per UTC hour in which the clock did not change
// (Istanbul's never changed twice within an hour).
const offsetByHour = new Map<number, number>()

/** How far Istanbul's wall clock is ahead of UTC at an instant, in ms (3 h since 2016). */
export function istanbulOffsetMs(at: Date): number {
  const hour = Math.floor(at.getTime() / HOUR_MS)
  const known = offsetByHour.get(hour)
  if (known !== undefined) {
    return known
  }
  const first = offsetAt(hour * HOUR_MS)
  if (first !== offsetAt((hour + 1) * HOUR_MS - 1000)) {
    return offsetAt(Math.floor(at.getTime() / 1000) * 1000) // the hour of a clock change
  }
  if (offsetByHour.size >= 10_000) {
    offsetByHour.clear()
  }
  offsetByHour.set(hour, first)
  return first
}

/** Istanbul's wall clock at an instant, written as if it were UTC. */
function wallTime(at: Date): Date {
  return new Date(at.getTime() + istanbulOffsetMs(at))
}

/** Whether a string is a real calendar day written yyyy-MM-dd. Never throws. */
export function isCalendarDate(date: string): boolean {
  if (typeof date !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    return false
  }
  const parsed = new Date(`${date}T00:00:00Z`)
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date
}

/** The Istanbul date (yyyy-MM-dd) of an instant. */
export function istanbulDate(at: Date): string {
  return wallTime(at).toISOString().slice(0, 10)
}

/** The Istanbul hour (0–23) of an instant. */
export function istanbulHour(now: Date): number {
  return wallTime(now).getUTCHours()
}

/** [from, to) of an Istanbul day as UTC instants; a day with a clock change is 23 or 25 hours long. */
export function istanbulDayRange(date: string): { from: Date; to: Date } {
  if (!isCalendarDate(date)) {
    throw new RangeError(`not a date written yyyy-MM-dd: ${date}`)
  }
  return { from: istanbulMidnight(date), to: istanbulMidnight(addDays(date, 1)) }
}

/** The Istanbul day before the one `now` falls on. */
export function previousIstanbulDay(now: Date): string {
  return addDays(istanbulDate(now), -1)
}

/** Today in Istanbul, or `offsetDays` calendar days from it, as yyyy-MM-dd. */
export function istanbulToday(offsetDays = 0): string {
  return addDays(istanbulDate(new Date()), offsetDays)
}

/** The instant an Istanbul day starts. */
function istanbulMidnight(date: string): Date {
  // Midnight as if Istanbul were UTC, moved back by the offset in force then:
  // the offset at the first guess, corrected once should that guess fall on
  // the other side of a clock change.
  const wall = Date.parse(`${date}T00:00:00Z`)
  const guess = wall - istanbulOffsetMs(new Date(wall))
  return new Date(wall - istanbulOffsetMs(new Date(guess)))
}

/** A yyyy-MM-dd plus whole calendar days. */
function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)
}

/**
 * A Haso date-time (`yyyy-MM-ddTHH:mm:ss`, Istanbul wall time without an
 * offset, S.1) as an ISO instant; a value that already names its zone is kept.
 */
export function hasoDateTimeToIso(value: string): string {
  if (/(Z|[+-]\d{2}:?\d{2})$/.test(value)) {
    return new Date(value).toISOString()
  }
  const asUtc = Date.parse(`${value}Z`)
  if (Number.isNaN(asUtc)) {
    return value
  }
  return new Date(asUtc - istanbulOffsetMs(new Date(asUtc))).toISOString()
}
