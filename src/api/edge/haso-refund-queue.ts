import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { isHasoProvider } from "../../providers/haso/provider-id"

/**
 * Medusa's own Refund of a Haso payment, one request at a time per payment,
 * on every instance (Medusa's locking module: Redis-backed when the store
 * runs several). Without it, a second refund sent while the first is still
 * recording its order change reaches Haso and is refunded there, then fails
 * in Medusa ("already has an existing active order change") and staff, told
 * it failed, refund again.
 */
export async function queueHasoRefunds(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const payment = await req.scope
      .resolve(Modules.PAYMENT)
      .retrievePayment(req.params.id, { select: ["id", "provider_id"] })
      .catch(() => undefined) // Medusa's own route answers an unknown payment
    if (!payment || !isHasoProvider(payment.provider_id)) {
      return next()
    }
    const locking = req.scope.resolve(Modules.LOCKING)
    await locking.execute(
      `haso-refund:${payment.id}`,
      () =>
        new Promise<void>((resolve) => {
          res.once("finish", resolve)
          res.once("close", resolve)
          next()
        }),
      // Waits for earlier refunds of the payment (each at most a Haso call and its check).
      { timeout: 120, expire: 120 }
    )
  } catch (error) {
    if (!res.headersSent) next(error)
  }
}
