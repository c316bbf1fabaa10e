/**
 * Today in Istanbul as YYYY-MM-DD. The API refuses dates in the future by
 * Istanbul's calendar, so the browser's own date may be a day off.
 */
export function istanbulToday(offsetDays = 0): string {
  const date = new Date(Date.now() + offsetDays * 86_400_000)
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Istanbul" }).format(date)
}
