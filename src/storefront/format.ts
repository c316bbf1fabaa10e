import { resolveLocale } from "./i18n"
import type { HasoQuote, InstallmentOffer, QuoteOption } from "./types"

const intlTag = (locale: string | null | undefined) => (resolveLocale(locale) === "tr" ? "tr-TR" : "en-US")

/** ₺1.234,56 (tr) / ₺1,234.56 (en). `narrowSymbol`: en-US would otherwise write "TRY 1,234.56". */
export function formatLira(amount: number, locale?: string | null): string {
  return new Intl.NumberFormat(intlTag(locale), {
    style: "currency",
    currency: "TRY",
    currencyDisplay: "narrowSymbol",
  }).format(amount)
}

/**
 * 31 Ara 2026 / Dec 31, 2026. Haso's due dates are calendar days, often
 * without a zone ("2026-12-31T00:00:00"): those are shown as written, not
 * shifted by the browser's zone; instants with a zone are shown in Istanbul.
 */
export function formatDate(value: string | null | undefined, locale?: string | null): string {
  if (!value) return ""
  const calendarDay = value.match(/^(\d{4})-(\d{2})-(\d{2})(?:$|T[\d:.]*$)/)
  const date = calendarDay
    ? new Date(Date.UTC(Number(calendarDay[1]), Number(calendarDay[2]) - 1, Number(calendarDay[3])))
    : new Date(value)
  if (Number.isNaN(date.getTime())) return value
  return new Intl.DateTimeFormat(intlTag(locale), {
    dateStyle: "medium",
    timeZone: calendarDay ? "UTC" : "Europe/Istanbul",
  }).format(date)
}

/** 14:35, in Istanbul time (an onboarding code's expiry). */
export function formatTime(value: string | null | undefined, locale?: string | null): string {
  const date = value ? new Date(value) : undefined
  if (!date || Number.isNaN(date.getTime())) return ""
  return new Intl.DateTimeFormat(intlTag(locale), { timeStyle: "short", timeZone: "Europe/Istanbul" }).format(date)
}

type Option = Pick<InstallmentOffer, "installment_count" | "total_amount">

/** The option that costs least in total; on a tie, the one with fewer installments. */
export function cheapestOption<T extends Option>(options: readonly T[]): T | undefined {
  return [...options].sort((a, b) => a.total_amount - b.total_amount || a.installment_count - b.installment_count)[0]
}

/** The option with the most installments; on a tie, the cheaper one. */
export function mostInstallmentsOption<T extends Option>(options: readonly T[]): T | undefined {
  return [...options].sort((a, b) => b.installment_count - a.installment_count || a.total_amount - b.total_amount)[0]
}

/** The lowest monthly amount a quote offers (for "from ₺X a month"), or undefined without options. */
export function monthlyFrom(quote: Pick<HasoQuote, "installments"> & { lowest_installment_amount?: number }): number | undefined {
  if (typeof quote.lowest_installment_amount === "number" && quote.lowest_installment_amount > 0) {
    return quote.lowest_installment_amount
  }
  const amounts = quote.installments.map((option: QuoteOption) => option.installment_amount).filter((amount) => amount > 0)
  return amounts.length ? Math.min(...amounts) : undefined
}

/** The most installments a quote offers, 0 without options. */
export function maxInstallmentCount(quote: Pick<HasoQuote, "installments"> & { max_installment_count?: number }): number {
  return quote.max_installment_count || Math.max(0, ...quote.installments.map((option) => option.installment_count))
}
