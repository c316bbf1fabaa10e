import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { forStaff } from "../../../../../../errors"
import { kurusToMajor, transactionStatusName } from "../../../../../../haso"
import { HASO_MODULE, type HasoModuleService } from "../../../../../../modules/haso"
import { loadHasoPayment } from "../../../../../../workflows/sync/haso-payment-state"
import { resolveOrderHasoPayment } from "../../../../../../workflows/utils/order-haso-payments"
import { presentInstallment } from "../../../../../utils/presenters"

/** The order's live Haso plan (5.5) beside what Medusa holds for it: amounts on both sides, the fee explained. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const order = await resolveOrderHasoPayment(req.scope, req.params.id)
  const haso = req.scope.resolve<HasoModuleService>(HASO_MODULE)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [live, payment, operations, { data: orders }] = await Promise.all([
    forStaff("read_plan", () => haso.client.getPaymentsOfTransaction({ merchantOid: order.merchant_oid, transactionCode: order.transaction_code })),
    loadHasoPayment(req.scope, order.payment_id),
    haso.ledger.operations(order.merchant_oid),
    query.graph({ entity: "order", fields: ["id", "total", "summary.*"], filters: { id: order.order_id } }),
  ])
  const refundedAtHaso = operations
    .filter((operation) => operation.kind === "refund" && operation.status === "succeeded")
    .reduce((sum, operation) => sum + (operation.amount_kurus ?? 0), 0)
  const open = operations.filter((operation) => operation.status === "pending" || operation.status === "unknown").length
  res.json({
    order_id: order.order_id,
    transaction_code: order.transaction_code,
    merchant_oid: order.merchant_oid,
    haso: {
      status: live.TransactionStatus,
      status_name: transactionStatusName(live.TransactionStatus),
      order_amount: kurusToMajor(order.amount_kurus),
      fee: order.data.fee,
      total_amount: live.TotalAmount,
      refunded_amount: kurusToMajor(refundedAtHaso),
      installment_count: order.data.selected_installment?.installment_count ?? live.Payments.length,
      installments: live.Payments.map(presentInstallment),
    },
    medusa: {
      payment_id: order.payment_id,
      // The total the order was placed for; `total` drops to 0 once refunds become credit lines.
      order_total: Number(orderTotalOf(orders[0] as OrderTotals | undefined)),
      amount: Number(payment?.amount ?? 0),
      captured_amount: Number(payment?.captured ?? 0),
      refunded_amount: Number(payment?.refunded ?? 0),
      captured_at: payment?.captured_at ?? null,
      canceled_at: payment?.canceled_at ?? null,
      installment_no: order.data.installment_no,
    },
    /** Haso calls whose outcome is still open: the sync settles them. */
    open_operations: open,
  })
}

type OrderTotals = { total?: unknown; summary?: { original_order_total?: unknown } | null }

function orderTotalOf(order: OrderTotals | undefined): unknown {
  return order?.summary?.original_order_total ?? order?.total ?? 0
}
