/*
 * Numbers and dates in the admin user's language (tr → Turkish conventions,
 * otherwise English), and badge colours by the one status name.
 */

const intlLocale = (language: string) => (language.toLowerCase().startsWith("tr") ? "tr-TR" : "en-US")

export function formatLira(amount: number | null | undefined, language: string): string {
  return amount === null || amount === undefined ? "-" : new Intl.NumberFormat(intlLocale(language), { style: "currency", currency: "TRY" }).format(amount)
}

/** "2024-05-01" (a day) or an ISO timestamp (a moment), in the user's language. */
export function formatDate(value: string | Date | null | undefined, language: string): string {
  if (!value) return "-"
  const day = typeof value === "string" && /^\d{4}-\d{2}-\d{2}(T00:00:00)?$/.test(value)
  const date = day ? new Date(`${(value as string).slice(0, 10)}T12:00:00Z`) : new Date(value)
  if (Number.isNaN(date.getTime())) return String(value)
  return new Intl.DateTimeFormat(intlLocale(language), day ? { dateStyle: "medium", timeZone: "UTC" } : { dateStyle: "medium", timeStyle: "short" }).format(date)
}

export type BadgeColor = "green" | "red" | "blue" | "orange" | "grey" | "purple"

/** By the status names of haso/contract/statuses.ts and of our records. */
const COLORS: Record<string, BadgeColor> = {
  paid: "green",
  unpaid: "grey",
  partially_paid: "orange",
  overdue: "red",
  active: "green",
  awaiting_order_status: "orange",
  partially_refunded: "orange",
  completed: "green",
  cancelled: "grey",
  in_execution: "red",
  suspended: "red",
  succeeded: "green",
  pending: "orange",
  unknown: "orange",
  abandoned: "grey",
  failed: "red",
  matched: "green",
  mismatched: "orange",
}

export function statusColor(name: string): BadgeColor {
  return COLORS[name] ?? "grey"
}
