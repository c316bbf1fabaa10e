import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  HasoCodes,
  OrderStatus,
  TransactionStatus,
  cancellationRefundIdFor,
  isHasoError,
  isRefundableStatus,
  type TransactionStatus as Status,
} from "../../haso"
import { HASO_MODULE, type HasoModuleService } from "../../modules/haso"
import { paymentDataSchema, refundedKurus } from "../../providers/haso/session-data"
import { listOrderHasoPayments } from "../utils/order-haso-payments"

export type SettleCanceledHasoPaymentsInput = { order_id: string }

/**
 * Medusa swallows errors from cancelPayment when it cancels an order, so a
 * Haso transaction can outlive its order. This reads each of the order's Haso
 * transactions and settles what is left: a waiting one is dropped, an active
 * one is refunded in full (one refundId per order, so a retry refunds once).
 */
export const settleCanceledHasoPaymentsStep = createStep(
  "settle-canceled-haso-payments",
  async ({ order_id }: SettleCanceledHasoPaymentsInput, { container }) => {
    const haso = container.resolve<HasoModuleService>(HASO_MODULE)
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    const settled: Array<{ transaction_code: string; action: string }> = []
    for (const payment of await listOrderHasoPayments(container, order_id)) {
      const data = paymentDataSchema.safeParse(payment.data)
      if (!data.success) {
        continue
      }
      const reference = { merchantOid: data.data.merchant_oid, transactionCode: data.data.transaction_code }
      const live = await haso.client.getPaymentsOfTransaction(reference)
      let action: string | undefined
      let amountKurus: number | undefined
      if (live.TransactionStatus === TransactionStatus.AwaitingOrderStatus) {
        await haso.client.updateTransaction({ ...reference, orderStatus: OrderStatus.Cancelled })
        action = "order_canceled_transaction_dropped"
      } else if (isRefundableStatus(live.TransactionStatus as Status)) {
        amountKurus = data.data.amount_kurus - refundedKurus(data.data)
        try {
          await haso.client.refundTransaction({
            ...reference,
            refundAmount: String(amountKurus),
            refundId: cancellationRefundIdFor(data.data.merchant_oid),
          })
        } catch (error) {
          if (!isHasoError(error, HasoCodes.RefundAlreadyMade)) {
            throw error
          }
        }
        action = "order_canceled_transaction_refunded"
      }
      if (action) {
        logger.warn(`haso: order ${order_id} was canceled but Haso transaction ${reference.transactionCode} was still open; ${action}`)
        await haso.createHasoEvents({
          type: action,
          status: "succeeded",
          order_id,
          transaction_code: reference.transactionCode,
          merchant_oid: reference.merchantOid,
          amount: amountKurus === undefined ? null : amountKurus / 100,
          idempotency_key: `${action}:${reference.transactionCode}`,
        })
        settled.push({ transaction_code: reference.transactionCode, action })
      }
    }
    return new StepResponse(settled)
  }
)
