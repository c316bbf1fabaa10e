import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { settleCanceledOrderWithHasoWorkflow } from "../workflows/settle-canceled-order-with-haso"

/** After Medusa cancels an order, check Haso agrees and settle whatever is still open there. */
export default async function hasoOrderCanceled({ event, container }: SubscriberArgs<{ id: string }>) {
  try {
    await settleCanceledOrderWithHasoWorkflow(container).run({ input: { order_id: event.data.id } })
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(`haso: could not settle the Haso transaction of canceled order ${event.data.id}: ${(error as Error).message}`)
    throw error
  }
}

export const config: SubscriberConfig = {
  event: "order.canceled",
  context: { subscriberId: "haso-order-canceled-settle" },
}
