import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { hasoRefusal } from "../../../../errors"
import { resolveOrderHasoPayment } from "../../../../workflows/utils/order-haso-payments"

/** An order of the logged-in shopper; anybody else's is "not found". */
export async function ownOrder(scope: MedusaContainer, orderId: string, customerId: string, fields: string[] = []) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "customer_id", "display_id", ...fields], filters: { id: orderId } })
  const order = data[0] as Record<string, any> | undefined
  if (!order || order.customer_id !== customerId) {
    throw hasoRefusal(MedusaError.Types.NOT_FOUND, "haso_order_not_found", { order_id: orderId })
  }
  return order
}

/** The Haso transaction of one of the shopper's orders. */
export async function ownOrderHasoPayment(scope: MedusaContainer, orderId: string, customerId: string) {
  await ownOrder(scope, orderId, customerId)
  return resolveOrderHasoPayment(scope, orderId)
}
