import { istanbulOffsetMs } from "../haso/dates"

/*
 * How Haso writes dates: Turkish wall time (Istanbul days and offsets come
 * from src/haso/dates.ts).
 */

/** An instant as Haso writes response dates: Istanbul wall time, yyyy-MM-ddTHH:mm:ss. */
export function hasoDateTime(at: Date): string {
  return new Date(at.getTime() + istanbulOffsetMs(at)).toISOString().slice(0, 19)
}

/** A day as a response date (midnight). */
export function hasoDay(day: string): string {
  return `${day}T00:00:00`
}

/** yyyy-MM-dd plus whole months, clamped to the month's last day (Jan 31 + 1 → Feb 28). */
export function addMonths(day: string, months: number): string {
  const [year, month, date] = day.split("-").map(Number)
  const first = new Date(Date.UTC(year, month - 1 + months, 1))
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate()
  first.setUTCDate(Math.min(date, lastDay))
  return first.toISOString().slice(0, 10)
}
