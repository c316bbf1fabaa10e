import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { syncHasoPaymentWorkflow } from "../../../../../../workflows/sync/sync-haso-payment"
import { listOrderHasoPayments, resolveOrderHasoPayment } from "../../../../../../workflows/utils/order-haso-payments"

/** "Sync with Haso": reads Haso's state for the order's payments and brings Medusa's records in step. Safe to repeat. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await resolveOrderHasoPayment(req.scope, req.params.id)
  const results = []
  for (const payment of await listOrderHasoPayments(req.scope, req.params.id)) {
    const { result } = await syncHasoPaymentWorkflow(req.scope).run({ input: { payment_id: payment.id } })
    results.push(result)
  }
  res.json({ synced: results })
}
