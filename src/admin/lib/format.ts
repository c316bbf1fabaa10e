const lira = new Intl.NumberFormat("tr-TR", { style: "currency", currency: "TRY" })

export function formatLira(amount: number | null | undefined): string {
  return amount === null || amount === undefined ? "-" : lira.format(amount)
}

/** "2024-05-01" or an ISO timestamp, shown as the date (and time when there is one). */
export function formatDate(value: string | null | undefined): string {
  if (!value) return "-"
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? value : date.toLocaleString()
}

/**
 * Today in Istanbul as YYYY-MM-DD. The API refuses dates in the future by
 * Istanbul's calendar, so the browser's own date may be a day off.
 */
export function istanbulToday(offsetDays = 0): string {
  const date = new Date(Date.now() + offsetDays * 86_400_000)
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Istanbul" }).format(date)
}

/** "InExecution" / "partially_paid" → "In execution" / "Partially paid". */
export function humanize(name: string): string {
  const words = name.replace(/_/g, " ").replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

export type BadgeColor = "green" | "red" | "blue" | "orange" | "grey" | "purple"

/** Keyed by snake_case: the plan route names statuses "InExecution", the other routes "in_execution". */
const COLORS: Record<string, BadgeColor> = {
  // installments
  paid: "green",
  unpaid: "grey",
  partially_paid: "orange",
  overdue: "red",
  // transactions
  active: "green",
  awaiting_order_status: "orange",
  partially_refunded: "orange",
  completed: "green",
  in_execution: "red",
  // accounts, events and reconciliations
  suspended: "red",
  succeeded: "green",
  pending: "orange",
  unknown: "orange",
  failed: "red",
  matched: "green",
  mismatched: "orange",
}

export function statusColor(name: string): BadgeColor {
  const key = name.replace(/([a-z])([A-Z])/g, "$1_$2").toLowerCase()
  return COLORS[key] ?? "grey"
}
