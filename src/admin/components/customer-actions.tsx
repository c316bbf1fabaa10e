import { Button } from "@medusajs/ui"
import { hasoApi, hasoKeys } from "../lib/api"
import { formatLira } from "../lib/format"
import { useHasoAction } from "../lib/use-haso-action"
import { ActionForm, compact, ErrorText, RECEIVED_PAYMENT_FIELDS, type Values } from "./action-form"

/** Account administration at Haso: suspension, the limit, and payments the store took itself. */
export function CustomerActions({ customerId, suspended }: { customerId: string; suspended: boolean }) {
  const refresh = hasoKeys.customer(customerId)
  const toggle = useHasoAction({
    run: () => hasoApi(`/customers/${customerId}/${suspended ? "reactivate" : "suspend"}`, { method: "POST", body: {} }),
    confirm: () =>
      suspended
        ? { title: "Re-activate the Haso account?", description: "The customer can pay with Haso again." }
        : { title: "Suspend the Haso account?", description: "The customer cannot pay with Haso until the account is re-activated.", variant: "danger" },
    success: suspended ? "Haso account re-activated" : "Haso account suspended",
    refresh,
  })
  const limit = useHasoAction({
    run: (values: Values) => hasoApi(`/customers/${customerId}/limit`, { method: "POST", body: { amount: values.amount } }),
    confirm: (values) => ({
      title: "Set the Haso limit?",
      description: `The customer's limit at Haso becomes ${formatLira(Number(values.amount))}.`,
    }),
    success: "Haso limit set",
    refresh,
  })
  const balance = useHasoAction({
    run: (values: Values) => hasoApi(`/customers/${customerId}/balance`, { method: "POST", body: compact(values) }),
    confirm: (values) => ({
      title: "Load balance at Haso?",
      description: `${formatLira(Number(values.amount))} paid to the store on ${values.date} is loaded as Haso balance and closes unpaid installments.`,
    }),
    success: "Balance loaded at Haso",
    refresh,
  })

  return (
    <div className="flex flex-col gap-y-4">
      <div className="flex flex-col gap-y-2">
        <div>
          <Button
            size="small"
            variant={suspended ? "secondary" : "danger"}
            isLoading={toggle.pending}
            onClick={() => toggle.submit(undefined)}
          >
            {suspended ? "Re-activate account" : "Suspend account"}
          </Button>
        </div>
        <ErrorText message={toggle.error} />
      </div>
      <ActionForm
        id={`haso-limit-${customerId}`}
        title="Set limit"
        submitLabel="Set limit"
        action={limit}
        fields={[{ name: "amount", label: "Limit (TRY)", kind: "amount" }]}
      />
      <ActionForm
        id={`haso-balance-${customerId}`}
        title="Load balance (a payment the store received)"
        submitLabel="Load"
        action={balance}
        fields={RECEIVED_PAYMENT_FIELDS}
      />
    </div>
  )
}
