import { Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { formatLira } from "../lib/format"
import type { HasoOrderPlan } from "../lib/types"

/**
 * Medusa's amounts beside Haso's. What was captured and refunded must be
 * equal on both sides; the fee is Haso's charge to the shopper, which is why
 * Haso's total is higher than the order.
 */
export function Amounts({ plan }: { plan: HasoOrderPlan }) {
  const { t, i18n } = useTranslation()
  const lira = (amount: number | null) => formatLira(amount, i18n.language)
  const hasoActive = !["awaiting_order_status", "cancelled"].includes(plan.haso.status_name) || plan.haso.refunded_amount > 0
  const hasoCaptured = hasoActive ? plan.haso.order_amount : 0
  const inStep =
    Math.abs(plan.medusa.captured_amount - hasoCaptured) < 0.005 && Math.abs(plan.medusa.refunded_amount - plan.haso.refunded_amount) < 0.005
  const rows: Array<[string, number | null, number | null]> = [
    [t("haso.order.compare.orderTotal"), plan.medusa.order_total, null],
    [t("haso.order.compare.paidWithHaso"), plan.medusa.amount, plan.haso.order_amount],
    [t("haso.order.compare.captured"), plan.medusa.captured_amount, hasoCaptured],
    [t("haso.order.compare.refunded"), plan.medusa.refunded_amount, plan.haso.refunded_amount],
    [t("haso.order.compare.fee"), null, plan.haso.fee],
    [t("haso.order.compare.repays"), null, plan.haso.total_amount],
  ]
  return (
    <div className="flex flex-col gap-y-2">
      <Table data-testid="haso-amounts">
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell />
            <Table.HeaderCell className="text-right">{t("haso.order.compare.medusa")}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{t("haso.order.compare.haso")}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map(([label, medusa, haso]) => (
            <Table.Row key={label}>
              <Table.Cell>{label}</Table.Cell>
              <Table.Cell className="text-right">{medusa === null ? "" : lira(medusa)}</Table.Cell>
              <Table.Cell className="text-right">{haso === null ? "" : lira(haso)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <Text size="small" className={inStep ? "text-ui-fg-subtle" : "text-ui-fg-error"} data-testid="haso-in-step" data-in-step={inStep}>
        {inStep ? t("haso.order.compare.inStep") : t("haso.order.compare.outOfStep")}
      </Text>
      {plan.open_operations ? <Text size="small" className="text-ui-fg-subtle">{t("haso.order.compare.openOperations", { count: plan.open_operations })}</Text> : null}
    </div>
  )
}
