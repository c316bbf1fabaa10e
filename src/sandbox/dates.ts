/*
 * Haso keeps Turkish time. Türkiye is UTC+3 all year (no DST since 2016), so a
 * fixed offset is exact and needs no time-zone database.
 */
const ISTANBUL_OFFSET_MS = 3 * 60 * 60 * 1000

/** The Istanbul calendar day of an instant, yyyy-MM-dd. */
export function istanbulDay(at: Date): string {
  return new Date(at.getTime() + ISTANBUL_OFFSET_MS).toISOString().slice(0, 10)
}

/** An instant as Haso writes response dates: Istanbul wall time, yyyy-MM-ddTHH:mm:ss. */
export function hasoDateTime(at: Date): string {
  return new Date(at.getTime() + ISTANBUL_OFFSET_MS).toISOString().slice(0, 19)
}

/** A day as a response date (midnight). */
export function hasoDay(day: string): string {
  return `${day}T00:00:00`
}

/** The instant an Istanbul day starts. */
export function istanbulDayStart(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - ISTANBUL_OFFSET_MS)
}

/** yyyy-MM-dd plus whole months, clamped to the month's last day (Jan 31 + 1 → Feb 28). */
export function addMonths(day: string, months: number): string {
  const [year, month, date] = day.split("-").map(Number)
  const first = new Date(Date.UTC(year, month - 1 + months, 1))
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate()
  first.setUTCDate(Math.min(date, lastDay))
  return first.toISOString().slice(0, 10)
}

/** Whether a yyyy-MM-dd string is a real calendar day. */
export function isCalendarDay(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) {
    return false
  }
  const parsed = new Date(`${day}T00:00:00Z`)
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day
}
