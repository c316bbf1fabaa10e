import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { isHasoProvider } from "../../providers/haso/provider-id"

export type OrderHasoPayment = {
  id: string
  provider_id: string
  amount: number
  data: Record<string, unknown> | null
  captured_at: Date | string | null
  canceled_at: Date | string | null
  payment_collection_id: string
}

/** The Haso payments of an order, with their data. */
export async function listOrderHasoPayments(container: MedusaContainer, orderId: string): Promise<OrderHasoPayment[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "payment_collections.id",
      "payment_collections.payments.id",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.amount",
      "payment_collections.payments.data",
      "payment_collections.payments.captured_at",
      "payment_collections.payments.canceled_at",
      "payment_collections.payments.payment_collection_id",
    ],
    filters: { id: orderId },
  })
  const collections = (data[0]?.payment_collections ?? []) as Array<{ payments?: OrderHasoPayment[] } | null>
  return collections
    .flatMap((collection) => collection?.payments ?? [])
    .filter((payment): payment is OrderHasoPayment => !!payment && isHasoProvider(payment.provider_id))
}
