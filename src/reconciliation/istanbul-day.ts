/**
 * Haso's day is the Turkish day: Europe/Istanbul, UTC+3 all year since 2016.
 * (Assumption: 5.11 dates are Istanbul days.)
 */
const OFFSET_MS = 3 * 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000

/** [start, end) of an Istanbul day as UTC instants. */
export function istanbulDayRange(date: string): { from: Date; to: Date } {
  const from = new Date(Date.parse(`${date}T00:00:00Z`) - OFFSET_MS)
  return { from, to: new Date(from.getTime() + DAY_MS) }
}

/** The Istanbul date (yyyy-MM-dd) of an instant. */
export function istanbulDate(at: Date): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 10)
}

export function previousIstanbulDay(now: Date): string {
  return istanbulDate(new Date(now.getTime() - DAY_MS))
}

export function istanbulHour(now: Date): number {
  return new Date(now.getTime() + OFFSET_MS).getUTCHours()
}

export function isCalendarDate(date: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) === date
}
