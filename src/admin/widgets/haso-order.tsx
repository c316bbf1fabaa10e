import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Button, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Amounts } from "../components/amounts"
import { Enforcement } from "../components/enforcement"
import { EventHistory } from "../components/event-history"
import { InstallmentPlan } from "../components/installment-plan"
import { Block, Card, ErrorText, Facts, LoadError } from "../components/section"
import { isApiError } from "../lib/api"
import { HasoDataScope, useHasoAction, useHasoQuery } from "../lib/data"
import type { HasoOrderPlan, HasoSyncResult } from "../lib/types"

/** The order's Haso transaction: both sides' amounts, the live plan, back-office actions and the whole history. */
const HasoOrderWidget = ({ data: order }: DetailWidgetProps<HttpTypes.AdminOrder>) => (
  // The dashboard hands a new order after Medusa's own Capture, Refund or Cancel: reload then.
  <HasoDataScope dependsOn={fingerprint(order)}>
    <HasoOrder orderId={order.id} />
  </HasoDataScope>
)

function HasoOrder({ orderId }: { orderId: string }) {
  const { t } = useTranslation()
  const plan = useHasoQuery<HasoOrderPlan>(`/orders/${orderId}/plan`)
  const sync = useHasoAction({
    run: (_: undefined, api) => api<HasoSyncResult>(`/orders/${orderId}/sync`, { method: "POST", body: {} }),
    confirm: () => ({ title: t("haso.order.syncConfirm.title"), description: t("haso.order.syncConfirm.description") }),
    success: (result) => {
      const actions = result.synced.flatMap((entry) => entry.actions.map((action) => action.action.replace(/_/g, " ")))
      return actions.length ? t("haso.order.syncActions", { actions: actions.join(", ") }) : t("haso.order.syncNothing")
    },
  })

  // Nothing until we know this is a Haso order, so other orders show no empty card.
  if ((!plan.data && plan.loading) || isApiError(plan.error, "haso_no_transaction")) {
    return null
  }
  const syncButton = (
    <Button size="small" variant="secondary" isLoading={sync.pending} onClick={() => sync.submit(undefined)}>
      {t("haso.order.sync")}
    </Button>
  )
  if (!plan.data) {
    return (
      <Card title={t("haso.order.title")} actions={syncButton}>
        <Block>
          <LoadError error={plan.error!} retry={plan.reload} />
          <ErrorText message={sync.error} />
        </Block>
        <Block title={t("haso.order.history")}><EventHistory orderId={orderId} /></Block>
      </Card>
    )
  }

  const { haso, transaction_code } = plan.data
  return (
    <Card title={t("haso.order.title")} status={haso.status_name} actions={syncButton}>
      <Block>
        {plan.error ? <LoadError error={plan.error} retry={plan.reload} /> : null}
        <ErrorText message={sync.error} />
        <Facts rows={[[t("haso.order.transaction"), transaction_code], [t("haso.order.plan"), t("haso.order.installments", { count: haso.installment_count })]]} />
      </Block>
      <Block title={t("haso.order.compare.title")}>
        <Amounts plan={plan.data} />
      </Block>
      <Block title={t("haso.order.plan")}>
        {haso.installments.length ? <InstallmentPlan orderId={orderId} installments={haso.installments} /> : <Text size="small">-</Text>}
      </Block>
      <Block title={t("haso.enforcement.title")}>
        <Enforcement orderId={orderId} inExecution={haso.status_name === "in_execution"} />
      </Block>
      <Block title={t("haso.order.history")}>
        <EventHistory orderId={orderId} />
      </Block>
    </Card>
  )
}

/** What changes on the order when Medusa captures, refunds or cancels. */
function fingerprint(order: HttpTypes.AdminOrder): string {
  const collections = (order.payment_collections ?? []).map((collection) => [
    collection.id,
    collection.status,
    collection.amount,
    (collection.payments ?? []).map((payment) => [payment.id, payment.captured_at, payment.canceled_at, (payment.refunds ?? []).length]),
  ])
  return JSON.stringify([order.status, order.payment_status, order.updated_at, collections])
}

export const config = defineWidgetConfig({
  // "order.details.side" is 2.21's name for the deprecated "order.details.side.after".
  zone: "order.details.side",
  id: "haso:order-installments",
})

export default HasoOrderWidget
