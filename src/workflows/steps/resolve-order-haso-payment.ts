import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { resolveOrderHasoPayment } from "../utils/order-haso-payments"

/** The order's Haso transaction, or a 404 saying why there is none. */
export const resolveOrderHasoPaymentStep = createStep(
  "haso-resolve-order-payment-step",
  async ({ order_id }: { order_id: string }, { container }) => new StepResponse(await resolveOrderHasoPayment(container, order_id))
)
