import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { TransactionStatus } from "../../../../../../haso"
import { HASO_MODULE, type HasoModuleService } from "../../../../../../modules/haso"
import { refundedKurus } from "../../../../../../providers/haso/session-data"
import { resolveOrderHasoPayment } from "../../../../../../workflows/utils/order-haso-payments"
import { callHaso, withHasoErrors } from "../../../../../utils/haso-errors"
import { presentInstallment } from "../../../../../utils/presenters"

/** The order's live Haso plan (5.5) beside what Medusa holds for it. */
export const GET = withHasoErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const order = await resolveOrderHasoPayment(req.scope, req.params.id)
  const haso = req.scope.resolve<HasoModuleService>(HASO_MODULE)
  const live = await callHaso("read the Haso plan", () =>
    haso.client.getPaymentsOfTransaction({ merchantOid: order.merchant_oid, transactionCode: order.transaction_code })
  )
  const statusName = Object.entries(TransactionStatus).find(([, value]) => value === live.TransactionStatus)?.[0] ?? "Unknown"
  res.json({
    order_id: order.order_id,
    transaction_code: order.transaction_code,
    merchant_oid: order.merchant_oid,
    haso: {
      status: live.TransactionStatus,
      status_name: statusName,
      total_amount: live.TotalAmount,
      installments: live.Payments.map(presentInstallment),
    },
    medusa: {
      payment_id: order.payment_id,
      amount: order.amount_kurus / 100,
      refunded_amount: refundedKurus(order.data) / 100,
      captured_at: order.payment.captured_at,
      canceled_at: order.payment.canceled_at,
      installment_no: order.data.installment_no,
      transaction_status: order.data.transaction_status,
      installments: order.data.plan,
    },
  })
})
