import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { callHaso, tooManyRequests, withHasoErrors } from "../../../../utils/haso-errors"
import { assertStillOpen, hasoModule, ownOnboarding } from "../../helpers"
import type { ResendHasoPin } from "../../validators"

/** Sends a new SMS PIN (5.2.4) when the first did not arrive. */
export const POST = withHasoErrors(async (req: AuthenticatedMedusaRequest<ResendHasoPin>, res: MedusaResponse) => {
  const haso = hasoModule(req.scope)
  const onboarding = await ownOnboarding(haso, req.validatedBody.reference, req.auth_context.actor_id)
  if (onboarding.status !== "pin_sent") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `This onboarding is ${onboarding.status}; there is no PIN to send again.`)
  }
  await assertStillOpen(haso, onboarding)
  const settings = haso.options.onboarding
  const rate = await haso.hitRateLimit(`pin-resend:${onboarding.id}`, settings.maxPinResends, settings.referenceTtlMinutes * 60)
  if (!rate.allowed) {
    return tooManyRequests(res, rate.retryAfterSeconds, "The PIN was sent again too many times. Please start onboarding again.")
  }
  await callHaso("send the PIN again", () => haso.client.resendKkbPinCode({ kkbRefNo: onboarding.kkb_ref_no }, { ipAddress: req.ip }))
  res.json({ status: "pin_sent", reference: onboarding.reference, phone_hint: onboarding.phone_hint, expires_at: onboarding.expires_at })
})
