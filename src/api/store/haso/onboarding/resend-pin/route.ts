import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { forShopper, hasoRefusal, tooManyRequests } from "../../../../../errors"
import { assertStillOpen, hasoModule, ownOnboarding } from "../../helpers"
import type { ResendHasoPin } from "../../validators"

/** Sends a new SMS PIN (5.2.4) when the first did not arrive. */
export const POST = async (req: AuthenticatedMedusaRequest<ResendHasoPin>, res: MedusaResponse) => {
  const haso = hasoModule(req.scope)
  const onboarding = await ownOnboarding(req.scope, req.validatedBody.reference, req.auth_context.actor_id)
  if (onboarding.status !== "pin_sent") {
    throw hasoRefusal(MedusaError.Types.NOT_ALLOWED, "onboarding_no_pin", { status: onboarding.status })
  }
  await assertStillOpen(req.scope, onboarding)
  const settings = haso.options.onboarding
  const rate = await haso.hitRateLimit(`pin-resend:${onboarding.id}`, settings.maxPinResends, settings.referenceTtlMinutes * 60)
  if (!rate.allowed) {
    return tooManyRequests(res, rate.retryAfterSeconds, "too_many_pin_resends")
  }
  await forShopper(() => haso.client.resendKkbPinCode({ kkbRefNo: onboarding.kkb_ref_no }))
  res.json({ status: "pin_sent", reference: onboarding.reference, phone_hint: onboarding.phone_hint, expires_at: onboarding.expires_at })
}
