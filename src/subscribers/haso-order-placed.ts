import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import { listOrderHasoPayments } from "../workflows/utils/order-haso-payments"

/**
 * Haso asks merchants to activate a transaction once their own order exists.
 * With autoCapture on (the default), capture the order's Haso payment through
 * Medusa's capture workflow, so Medusa records the capture and Haso activates
 * the transaction in the same step.
 */
export default async function hasoOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const payments = await listOrderHasoPayments(container, event.data.id)
  for (const payment of payments) {
    if (payment.captured_at || payment.canceled_at || payment.data?.auto_capture !== true) {
      continue
    }
    try {
      await capturePaymentWorkflow(container).run({ input: { payment_id: payment.id } })
    } catch (error) {
      logger.error(
        `haso: could not capture payment ${payment.id} of order ${event.data.id}; capture it from the admin once the cause is fixed: ${(error as Error).message}`
      )
    }
  }
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "haso-order-placed-auto-capture" },
}
