import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { hasoRefusal } from "../../../../../../errors"
import { isHasoProvider } from "../../../../../../providers/haso/provider-id"
import { payOrderWithHasoWorkflow } from "../../../../../../workflows/checkout/pay-order-with-haso"
import { ownOrder } from "../../helpers"
import type { PayHasoOrder } from "../../../validators"

type Collection = { id: string; status: string; amount: unknown; payments?: Array<{ provider_id: string } | null> }

/**
 * Pays what the shopper's order still owes (after an order edit or exchange
 * raised its total) with Haso, as a new Haso transaction for the difference.
 */
export const POST = async (req: AuthenticatedMedusaRequest<PayHasoOrder>, res: MedusaResponse) => {
  const customerId = req.auth_context.actor_id
  const order = await ownOrder(req.scope, req.params.id, customerId, [
    "region.payment_providers.id",
    "shipping_address.*",
    "payment_collections.id",
    "payment_collections.status",
    "payment_collections.amount",
    "payment_collections.payments.provider_id",
  ])
  const collections = (order.payment_collections ?? []).filter(Boolean) as Collection[]
  const outstanding = collections.find((collection) => collection.status === "not_paid" && MathBN.gt(collection.amount as never, 0))
  if (!outstanding) {
    throw hasoRefusal(MedusaError.Types.NOT_ALLOWED, "haso_nothing_outstanding", { order_id: order.id })
  }
  // The Haso provider the order was paid with, else the region's.
  const paidWith = collections.flatMap((collection) => collection.payments ?? []).find((payment) => payment && isHasoProvider(payment.provider_id))
  const regional = ((order.region?.payment_providers ?? []) as Array<{ id: string }>).find((provider) => isHasoProvider(provider.id))
  const providerId = paidWith?.provider_id ?? regional?.id
  if (!providerId) {
    throw hasoRefusal(MedusaError.Types.NOT_ALLOWED, "haso_no_transaction", { order_id: order.id })
  }
  const amount = MathBN.convert(outstanding.amount as never).toFixed()
  const { result: payment } = await payOrderWithHasoWorkflow(req.scope).run({
    input: {
      order_id: order.id,
      display_id: order.display_id ?? null,
      payment_collection_id: outstanding.id,
      provider_id: providerId,
      customer_id: customerId,
      amount,
      installment_no: req.validatedBody.installment_no,
      shipping_address: order.shipping_address ?? null,
    },
  })
  res.json({ order_id: order.id, payment_collection_id: outstanding.id, status: payment?.captured_at ? "paid" : "authorized", amount: Number(amount) })
}
