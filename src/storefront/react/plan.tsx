"use client"
import { useEffect, useState, type ReactNode } from "react"
import {
  errorMessage,
  formatDate,
  formatLira,
  hasMessage,
  isHasoStoreError,
  type HasoLocale,
  type HasoTransaction,
  type MessageKey,
  type OrderPlan,
  type PlanInstallment,
  type TransactionsResponse,
} from "../index"
import { cx, look, requireClient, classesFor, useHaso, useLoad, type HasoComponentProps } from "./context"

const CLASSES = {
  root: "flex flex-col gap-3 text-sm text-gray-900",
  title: look.title,
  summary: "flex flex-wrap items-center gap-x-4 gap-y-1 text-gray-600",
  table: "w-full border-collapse text-left",
  caption: "sr-only",
  headerCell: "border-b border-gray-200 px-2 py-2 text-xs font-medium uppercase tracking-wide text-gray-500",
  cell: "border-b border-gray-100 px-2 py-2 tabular-nums",
  badge: "inline-flex rounded-full px-2 py-0.5 text-xs font-medium",
  paid: "bg-green-100 text-green-800",
  due: "bg-gray-100 text-gray-700",
  overdue: "bg-red-100 text-red-800",
  cancelled: "bg-gray-100 text-gray-500 line-through",
  error: look.error,
  status: look.status,
  button: look.secondaryButton,
}
export type HasoPlanPart = keyof typeof CLASSES

export interface HasoPlanProps extends HasoComponentProps {
  /** Loads the shopper's plan for this order; renders nothing when it was not paid with Haso. */
  orderId?: string
  /** Or shows this plan as it is (no request). */
  transaction?: HasoTransaction | OrderPlan
  /** Heading; `null` for none. */
  title?: ReactNode
  classNames?: Partial<Record<HasoPlanPart, string>>
}

const toneOf = (status: number) => (status === 1 ? "paid" : status === 3 ? "overdue" : status === 4 ? "cancelled" : "due")

function statusLabel(t: (key: MessageKey) => string, kind: "installment" | "transaction", status: number, name: string) {
  const key = `status.${kind}.${status}`
  return hasMessage(key) ? t(key) : name || t("status.unknown")
}

/** A Haso installment plan: for the order confirmation page and the account page. */
export function HasoPlan(props: HasoPlanProps) {
  const { client, locale, t } = useHaso(props)
  const c = classesFor(CLASSES, props)
  const { orderId, transaction } = props
  const loaded = useLoad(
    orderId && !transaction ? (signal) => requireClient(client).getOrderPlan(orderId, { signal }) : undefined,
    [client, orderId]
  )
  const plan = transaction ?? loaded.data

  if (!plan) {
    if (isHasoStoreError(loaded.error) && loaded.error.code === "haso_no_transaction") return null
    if (!orderId) return null
    return (
      <div className={c.root} aria-busy={loaded.loading}>
        {loaded.loading ? (
          <p role="status" className={c.status}>
            {t("common.loading")}
          </p>
        ) : (
          <>
            <p role="alert" className={c.error}>
              {errorMessage(locale, isHasoStoreError(loaded.error) ? loaded.error : undefined)}
            </p>
            <button type="button" className={c.button} onClick={loaded.reload}>
              {t("common.retry")}
            </button>
          </>
        )}
      </div>
    )
  }
  return <PlanView plan={plan} title={props.title === undefined ? t("plan.title") : props.title} c={c} locale={locale} t={t} />
}

function PlanView(props: {
  plan: HasoTransaction | OrderPlan
  title: ReactNode
  c: Record<HasoPlanPart, string>
  locale: HasoLocale
  t: (key: MessageKey, params?: Record<string, string | number>) => string
}) {
  const { plan, c, locale, t } = props
  const money = (amount: number) => formatLira(amount, locale)
  const count = "installment_count" in plan ? plan.installment_count : plan.installments.length
  const caption = typeof props.title === "string" ? props.title : t("plan.title")
  return (
    <section className={c.root}>
      {props.title !== null && <h3 className={c.title}>{props.title}</h3>}
      <p className={c.summary}>
        <span>{t("plan.summary", { count, amount: money(plan.total_amount) })}</span>
        {"fee" in plan && plan.fee > 0 && <span>{t("installments.fee", { amount: money(plan.fee) })}</span>}
        {"down_payment" in plan && plan.down_payment > 0 && (
          <span>{t("installments.down_payment", { amount: money(plan.down_payment) })}</span>
        )}
        <span>{statusLabel(t, "transaction", plan.status, plan.status_name)}</span>
        <span>{t("plan.transaction", { code: plan.transaction_code })}</span>
      </p>
      <table className={c.table}>
        <caption className={c.caption}>{caption}</caption>
        <thead>
          <tr>
            {(["plan.col.installment", "plan.col.due_date", "plan.col.amount", "plan.col.paid", "plan.col.status"] as const).map((key) => (
              <th key={key} scope="col" className={c.headerCell}>
                {t(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {plan.installments.map((row: PlanInstallment) => (
            <tr key={row.payment_code || row.installment_no}>
              <td className={c.cell}>
                {row.installment_no}/{count}
              </td>
              <td className={c.cell}>{formatDate(row.due_date, locale)}</td>
              <td className={c.cell}>{money(row.amount)}</td>
              <td className={c.cell}>{money(row.paid_amount)}</td>
              <td className={c.cell}>
                <span className={cx(c.badge, c[toneOf(row.status)])}>
                  {statusLabel(t, "installment", row.status, row.status_name)}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

const LIST_CLASSES = {
  root: look.root,
  title: look.title,
  list: "flex flex-col gap-6",
  item: "rounded-lg border border-gray-200 p-4",
  empty: look.text,
  error: look.error,
  status: look.status,
  button: look.secondaryButton,
}
export type HasoPlansPart = keyof typeof LIST_CLASSES

export interface HasoPlansProps extends HasoComponentProps {
  /** Plans per page; 10 by default. */
  pageSize?: number
  /** Heading; `null` for none. */
  title?: ReactNode
  /** Instead of "no purchases yet" when the shopper is not linked to Haso. */
  renderNotLinked?: () => ReactNode
  classNames?: Partial<Record<HasoPlansPart, string>>
  planClassNames?: HasoPlanProps["classNames"]
}

/** The account page's list of the shopper's Haso plans (`/store/haso/me/transactions`). */
export function HasoPlans(props: HasoPlansProps) {
  const { client: maybeClient, locale, t } = useHaso(props)
  const client = requireClient(maybeClient)
  const c = classesFor(LIST_CLASSES, props)
  const limit = props.pageSize ?? 10
  const first = useLoad((signal) => client.listTransactions({ limit, offset: 0 }, { signal }), [client, limit])
  const [more, setMore] = useState<TransactionsResponse[]>([])
  const [loadingMore, setLoadingMore] = useState(false)
  const [moreError, setMoreError] = useState<unknown>()
  useEffect(() => setMore([]), [client, limit])

  async function loadMore() {
    setLoadingMore(true)
    setMoreError(undefined)
    try {
      // Haso pages by page number: the offset stays a multiple of the page size.
      const page = await client.listTransactions({ limit, offset: (more.length + 1) * limit })
      setMore((pages) => [...pages, page])
    } catch (caught) {
      setMoreError(caught)
    } finally {
      setLoadingMore(false)
    }
  }

  const heading = props.title === undefined ? t("plans.title") : props.title
  const error = first.error ?? moreError
  const notLinked = isHasoStoreError(first.error) && first.error.code === "haso_not_linked"
  const transactions = [first.data, ...more].flatMap((page) => page?.transactions ?? [])
  const count = (more.length ? more[more.length - 1] : first.data)?.count ?? 0

  return (
    <section className={c.root} aria-busy={first.loading || loadingMore}>
      {heading !== null && <h2 className={c.title}>{heading}</h2>}
      {first.loading && (
        <p role="status" className={c.status}>
          {t("common.loading")}
        </p>
      )}
      {notLinked && (props.renderNotLinked?.() ?? <p className={c.empty}>{t("plans.empty")}</p>)}
      {first.data && transactions.length === 0 && <p className={c.empty}>{t("plans.empty")}</p>}
      {transactions.length > 0 && (
        <ul className={c.list}>
          {transactions.map((transaction) => (
            <li key={transaction.transaction_code} className={c.item}>
              <HasoPlan
                transaction={transaction}
                locale={locale}
                client={client}
                unstyled={props.unstyled}
                classNames={props.planClassNames}
                title={transaction.created_at ? t("plans.purchase_of", { date: formatDate(transaction.created_at, locale) }) : t("plan.title")}
              />
            </li>
          ))}
        </ul>
      )}
      {error && !notLinked ? (
        <p role="alert" className={c.error}>
          {errorMessage(locale, isHasoStoreError(error) ? error : undefined)}
        </p>
      ) : null}
      {first.error && !notLinked ? (
        <button type="button" className={c.button} onClick={first.reload}>
          {t("common.retry")}
        </button>
      ) : null}
      {transactions.length > 0 && transactions.length < count && (
        <button type="button" className={c.button} onClick={() => void loadMore()} disabled={loadingMore}>
          {loadingMore ? t("common.loading") : t("plans.more")}
        </button>
      )}
    </section>
  )
}
