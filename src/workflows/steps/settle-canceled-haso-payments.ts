import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HASO_MODULE, type HasoModuleService } from "../../modules/haso"
import { paymentDataSchema } from "../../providers/haso/session-data"
import { settleTransaction } from "../../providers/haso/transactions"
import { listOrderHasoPayments } from "../utils/order-haso-payments"

export type SettleCanceledHasoPaymentsInput = { order_id: string }

/**
 * Medusa swallows errors from cancelPayment when it cancels an order, so a
 * Haso transaction can outlive its order. This settles each of the order's
 * Haso transactions the way the provider's cancel does (drop a waiting one,
 * refund an active one once) and records what it had to do.
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
      const settlement = await settleTransaction(haso.client, data.data)
      if (settlement.action === "none") {
        continue
      }
      const type = `order_canceled_transaction_${settlement.action}`
      const { transaction_code, merchant_oid } = data.data
      logger.warn(`haso: order ${order_id} was canceled but Haso transaction ${transaction_code} was still open; ${type}`)
      await haso.createHasoEvents({
        type,
        status: "succeeded",
        order_id,
        transaction_code,
        merchant_oid,
        amount: settlement.refunded_kurus === undefined ? null : settlement.refunded_kurus / 100,
        idempotency_key: `${type}:${transaction_code}`,
      })
      settled.push({ transaction_code, action: type })
    }
    return new StepResponse(settled)
  }
)
