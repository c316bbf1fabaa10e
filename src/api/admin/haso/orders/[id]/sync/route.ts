import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { syncHasoPaymentWorkflow } from "../../../../../../workflows/sync/sync-haso-payment"
import { authorizedHasoTransaction, readOrderHasoPayments } from "../../../../../../workflows/utils/order-haso-payments"

/** "Sync with Haso": reads Haso's state for the order's payments and brings Medusa's records in step. Safe to repeat. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const order = await readOrderHasoPayments(req.scope, req.params.id)
  authorizedHasoTransaction(order) // a 404 for an order Haso never had a transaction for
  const results = []
  for (const payment of order.payments) {
    const { result } = await syncHasoPaymentWorkflow(req.scope).run({ input: { payment_id: payment.id } })
    results.push(result)
  }
  res.json({ synced: results })
}
