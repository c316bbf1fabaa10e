import { Button, Text } from "@medusajs/ui"
import { hasoApi, hasoKeys } from "../lib/api"
import { formatLira } from "../lib/format"
import { useHasoAction } from "../lib/use-haso-action"
import { ActionForm, compact, ErrorText, RECEIVED_PAYMENT_FIELDS, type Values } from "./action-form"

/** Enforcement (icra): report the debt, then record what it collects and costs. */
export function Enforcement({ orderId, inExecution }: { orderId: string; inExecution: boolean }) {
  const refresh = hasoKeys.order(orderId)
  const report = useHasoAction({
    run: () => hasoApi(`/orders/${orderId}/execution`, { method: "POST", body: {} }),
    confirm: () => ({
      title: "Report to enforcement?",
      description: "Haso records the transaction as handed to enforcement (icra). This cannot be undone from the admin.",
      variant: "danger",
    }),
    success: "Reported to enforcement",
    refresh,
  })
  const payment = useHasoAction({
    run: (values: Values) => hasoApi(`/orders/${orderId}/execution/payments`, { method: "POST", body: compact(values) }),
    confirm: (values) => ({
      title: "Record enforcement payment?",
      // Haso cannot tell a repeat from a second payment: the same amount, date and reference is sent once.
      description: `${formatLira(Number(values.amount))} collected on ${values.date}. A second payment with the same amount and date needs its own reference.`,
    }),
    success: "Enforcement payment recorded",
    refresh,
  })
  const expenses = useHasoAction({
    run: (values: Values) =>
      hasoApi(`/orders/${orderId}/execution/expenses`, { method: "POST", body: { total_amount: values.total_amount } }),
    confirm: (values) => ({
      title: "Send enforcement expenses?",
      description: `Haso replaces the expenses total with ${formatLira(Number(values.total_amount))}: send the total so far, not the new costs alone.`,
    }),
    success: "Enforcement expenses sent",
    refresh,
  })

  return (
    <div className="flex flex-col gap-y-4">
      {inExecution ? (
        <Text size="small" className="text-ui-fg-subtle">Reported to enforcement.</Text>
      ) : (
        <div className="flex flex-col gap-y-2">
          <div>
            <Button size="small" variant="danger" isLoading={report.pending} onClick={() => report.submit(undefined)}>
              Report to enforcement
            </Button>
          </div>
          <ErrorText message={report.error} />
        </div>
      )}
      <ActionForm
        id={`haso-execution-payment-${orderId}`}
        title="Record enforcement payment"
        submitLabel="Record"
        action={payment}
        fields={RECEIVED_PAYMENT_FIELDS}
      />
      <ActionForm
        id={`haso-execution-expenses-${orderId}`}
        title="Enforcement expenses, total so far"
        submitLabel="Send"
        action={expenses}
        fields={[{ name: "total_amount", label: "Total (TRY)", kind: "amount" }]}
      />
    </div>
  )
}
