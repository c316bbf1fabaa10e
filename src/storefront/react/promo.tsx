"use client"
import { formatLira, maxInstallmentCount, monthlyFrom } from "../index"
import { look, classesFor, useHaso, useLoad, type HasoComponentProps } from "./context"

const CLASSES = {
  root: "flex flex-col gap-0.5 text-sm text-gray-700",
  line: "font-medium",
  note: look.hint,
}
export type HasoPromoPart = keyof typeof CLASSES

export interface HasoPromoProps extends HasoComponentProps {
  /** The price in lira, e.g. the selected variant's calculated price. */
  amount: number
  classNames?: Partial<Record<HasoPromoPart, string>>
}

/**
 * The product page's "Up to 12 installments with Haso, from ₺X a month", from
 * the public, indicative quote. Renders nothing while loading, on any failure,
 * or when Haso offers no installments for the price.
 */
export function HasoPromo(props: HasoPromoProps) {
  const { client, locale, t } = useHaso(props)
  const c = classesFor(CLASSES, props)
  const { amount } = props
  const quote = useLoad(client && amount > 0 ? (signal) => client.getQuote(amount, { signal }) : undefined, [client, amount])
  if (!quote.data) return null

  const count = maxInstallmentCount(quote.data)
  const monthly = monthlyFrom(quote.data)
  if (count < 2 || !monthly) return null
  return (
    <p className={c.root}>
      <span className={c.line}>
        {t("promo.line", { count, amount: formatLira(monthly, locale) })}
        <span aria-hidden="true">*</span>
      </span>
      <small className={c.note}>* {t("promo.indicative")}</small>
    </p>
  )
}
