import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { useQuery } from "@tanstack/react-query"
import { Enforcement } from "../components/enforcement"
import { EventHistory } from "../components/event-history"
import { InstallmentPlan } from "../components/installment-plan"
import { Block, Card, Facts, LoadError } from "../components/section"
import { hasoApi, hasoKeys, isApiError } from "../lib/api"
import { formatLira } from "../lib/format"
import type { HasoOrderPlan } from "../lib/types"

/** The order's Haso transaction: live installment plan, back-office actions and history. */
const HasoOrderWidget = ({ data: order }: DetailWidgetProps<HttpTypes.AdminOrder>) => {
  const plan = useQuery({
    queryKey: [...hasoKeys.order(order.id), "plan"],
    queryFn: () => hasoApi<HasoOrderPlan>(`/orders/${order.id}/plan`),
    retry: false,
  })

  // Nothing until we know this is a Haso order, so other orders show no empty card.
  if (plan.isPending || isApiError(plan.error, "haso_no_transaction")) {
    return null
  }
  if (plan.error) {
    return (
      <Card title="Haso installments">
        <Block><LoadError error={plan.error} retry={() => plan.refetch()} /></Block>
        <Block title="Haso history"><EventHistory orderId={order.id} /></Block>
      </Card>
    )
  }

  const { haso, medusa, transaction_code } = plan.data
  return (
    <Card title="Haso installments" status={haso.status_name}>
      <Block>
        <Facts
          rows={[
            ["Transaction", transaction_code],
            ["Total at Haso", formatLira(haso.total_amount)],
            ...(medusa.refunded_amount ? [["Refunded", formatLira(medusa.refunded_amount)] as [string, string]] : []),
          ]}
        />
      </Block>
      <Block title="Installment plan">
        <InstallmentPlan orderId={order.id} installments={haso.installments} />
      </Block>
      <Block title="Enforcement (icra)">
        <Enforcement orderId={order.id} inExecution={haso.status_name === "InExecution"} />
      </Block>
      <Block title="Haso history">
        <EventHistory orderId={order.id} />
      </Block>
    </Card>
  )
}

export const config = defineWidgetConfig({
  // "order.details.side" is 2.21's name for the deprecated "order.details.side.after".
  zone: "order.details.side",
  id: "haso:order-installments",
})

export default HasoOrderWidget
