import { Button, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useHasoAction } from "../lib/data"
import { formatDate, formatLira } from "../lib/format"
import { ActionForm, compact, RECEIVED_PAYMENT_FIELDS, type Values } from "./action-form"
import { ErrorText } from "./section"

const toNumber = (value: string) => Number(value.replace(",", "."))

/** Enforcement (icra): report the debt, then record what it collects and costs. */
export function Enforcement({ orderId, inExecution }: { orderId: string; inExecution: boolean }) {
  const { t, i18n } = useTranslation()
  const lira = (value: string) => formatLira(toNumber(value), i18n.language)
  const report = useHasoAction({
    run: (_: undefined, api) => api(`/orders/${orderId}/execution`, { method: "POST", body: {} }),
    confirm: () => ({ title: t("haso.enforcement.reportConfirm.title"), description: t("haso.enforcement.reportConfirm.description"), variant: "danger" }),
    success: () => t("haso.enforcement.reportDone"),
  })
  const payment = useHasoAction({
    run: (values: Values, api) => api(`/orders/${orderId}/execution/payments`, { method: "POST", body: compact(values) }),
    confirm: (values) => ({
      title: t("haso.enforcement.paymentConfirm.title"),
      description: t("haso.enforcement.paymentConfirm.description", { amount: lira(values.amount), date: formatDate(values.date, i18n.language) }),
    }),
    success: () => t("haso.enforcement.paymentDone"),
  })
  const expenses = useHasoAction({
    run: (values: Values, api) => api(`/orders/${orderId}/execution/expenses`, { method: "POST", body: { total_amount: values.total_amount } }),
    confirm: (values) => ({ title: t("haso.enforcement.expensesConfirm.title"), description: t("haso.enforcement.expensesConfirm.description", { amount: lira(values.total_amount) }) }),
    success: () => t("haso.enforcement.expensesDone"),
  })

  return (
    <div className="flex flex-col gap-y-4">
      {inExecution ? (
        <Text size="small" className="text-ui-fg-subtle">{t("haso.enforcement.reported")}</Text>
      ) : (
        <div className="flex flex-col gap-y-2">
          <div>
            <Button size="small" variant="danger" isLoading={report.pending} onClick={() => report.submit(undefined)}>
              {t("haso.enforcement.report")}
            </Button>
          </div>
          <ErrorText message={report.error} />
        </div>
      )}
      <ActionForm
        id={`haso-execution-payment-${orderId}`}
        title={t("haso.enforcement.payment")}
        submitLabel={t("haso.enforcement.paymentSubmit")}
        action={payment}
        fields={RECEIVED_PAYMENT_FIELDS}
      />
      <ActionForm
        id={`haso-execution-expenses-${orderId}`}
        title={t("haso.enforcement.expenses")}
        submitLabel={t("haso.enforcement.expensesSubmit")}
        action={expenses}
        fields={[{ name: "total_amount", label: "total", kind: "amount" }]}
      />
    </div>
  )
}
