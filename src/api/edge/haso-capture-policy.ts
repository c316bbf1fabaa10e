import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MathBN, MedusaError, Modules } from "@medusajs/framework/utils"
import { hasoRefusal } from "../../errors"
import { formatLira } from "../../i18n/messages"
import { isHasoProvider } from "../../providers/haso/provider-id"
import { currentLocale } from "../../request-context"

/**
 * Haso activates a transaction in full (5.4 has no amount), and Medusa does
 * not tell the provider how much it captures. So a partial capture of a Haso
 * payment is refused, with what to do instead, before Medusa records it: a
 * capture of the whole (or no amount) goes through.
 */
export async function refusePartialHasoCapture(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const amount = (req.body as { amount?: unknown } | undefined)?.amount
    if (amount === undefined || amount === null) {
      return next()
    }
    const payment = await req.scope
      .resolve(Modules.PAYMENT)
      .retrievePayment(req.params.id, { select: ["id", "provider_id", "amount", "raw_amount"], relations: ["captures"] })
      .catch(() => undefined) // Medusa's own route answers an unknown payment
    if (!payment || !isHasoProvider(payment.provider_id)) {
      return next()
    }
    const captured = (payment.captures ?? []).reduce((sum, capture) => MathBN.add(sum, capture.raw_amount ?? capture.amount), MathBN.convert(0))
    const remaining = MathBN.sub(payment.raw_amount ?? payment.amount, captured)
    if (!isAmount(amount)) {
      return next() // Medusa's own validation answers it
    }
    if (!MathBN.eq(MathBN.convert(amount), remaining)) {
      throw hasoRefusal(MedusaError.Types.INVALID_DATA, "haso_partial_capture", { amount: formatLira(Number(remaining), currentLocale()) })
    }
    next()
  } catch (error) {
    next(error)
  }
}

function isAmount(value: unknown): value is number | string {
  return (typeof value === "number" && Number.isFinite(value)) || (typeof value === "string" && /^\d+(\.\d+)?$/.test(value))
}
