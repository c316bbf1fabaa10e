import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { hasoRefusal } from "../../errors"
import { formatLira } from "../../i18n/messages"
import { HASO_MODULE, type HasoModuleService } from "../../modules/haso"
import { currentLocale } from "../../request-context"
import { loadHasoPayment } from "../../workflows/sync/haso-payment-state"
import { syncHasoPaymentWorkflow } from "../../workflows/sync/sync-haso-payment"

/**
 * Medusa's own Capture of a Haso payment, before Medusa records anything:
 * - Haso activates a transaction in full (5.4 has no amount) and Medusa does
 *   not tell the provider how much it captures, so a partial capture is
 *   refused with what to do instead; a capture of the whole (or of no amount)
 *   goes through.
 * - A capture whose process died during the Haso call left a capture row
 *   Medusa never confirmed, and Medusa would refuse every new capture ("more
 *   than the authorized amount"): the payment is synced with Haso first, so
 *   staff's Capture works again.
 */
export async function hasoCapturePolicy(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const payment = await loadHasoPayment(req.scope, req.params.id)
    if (!payment || payment.captured_at) {
      return next() // not a Haso payment, or nothing left to capture: Medusa's own route answers
    }
    const amount = (req.body as { amount?: unknown } | undefined)?.amount
    if (isAmount(amount) && !MathBN.eq(MathBN.convert(amount), payment.amount)) {
      throw hasoRefusal(MedusaError.Types.INVALID_DATA, "haso_partial_capture", { amount: formatLira(Number(payment.amount), currentLocale()) })
    }
    const leaseMs = req.scope.resolve<HasoModuleService>(HASO_MODULE).ledger.leaseMs
    const abandoned = payment.last_capture_at && Date.now() - new Date(payment.last_capture_at).getTime() > leaseMs
    if (payment.capture_ids.length && !payment.captured_at && !payment.canceled_at && abandoned) {
      await syncHasoPaymentWorkflow(req.scope).run({ input: { payment_id: payment.id } })
    }
    next()
  } catch (error) {
    next(error)
  }
}

function isAmount(value: unknown): value is number | string {
  return (typeof value === "number" && Number.isFinite(value)) || (typeof value === "string" && /^\d+(\.\d+)?$/.test(value))
}
