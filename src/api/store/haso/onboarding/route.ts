import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { forShopper, hasoRefusal, tooManyRequests } from "../../../../errors"
import { maskPhone } from "../../../../haso"
import { hasoShopper } from "../../../utils/validators"
import { approve, hasoModule, newOnboardingReference } from "../helpers"
import type { StartHasoOnboarding } from "../validators"

/**
 * Starts Haso onboarding (5.2.1). Haso either knows the shopper already and
 * answers with their limit, or sends an SMS PIN through KKB.
 *
 * The TCKN and phone number go to Haso from here and nowhere else: they are
 * not stored, logged or echoed, and never enter a workflow (whose input the
 * engine may persist).
 */
export const POST = async (req: AuthenticatedMedusaRequest<StartHasoOnboarding>, res: MedusaResponse) => {
  const customerId = req.auth_context.actor_id
  const haso = hasoModule(req.scope)
  const settings = haso.options.onboarding
  const rate = await haso.hitRateLimit(`onboarding-start:${customerId}`, settings.maxStartsPerHour, 3600)
  if (!rate.allowed) {
    return tooManyRequests(res, rate.retryAfterSeconds, "too_many_onboarding_starts", { minutes: Math.ceil(rate.retryAfterSeconds / 60) })
  }

  const body = req.validatedBody
  const answer = await forShopper(() =>
    haso.client.hasoAuthSendInfo({
      ...hasoShopper(body),
      dealerSegment: haso.options.dealerSegment,
      testOn: settings.testMode || undefined,
    })
  )
  if (answer.CustomerInfo) {
    res.json(await approve(req.scope, customerId, answer.CustomerInfo, "existing"))
    return
  }
  if (!answer.KkbRefNo) {
    throw hasoRefusal(MedusaError.Types.UNEXPECTED_STATE, "onboarding_incomplete_answer", {}, "haso_unavailable")
  }
  const onboarding = await haso.createHasoOnboardings({
    reference: newOnboardingReference(),
    customer_id: customerId,
    kkb_ref_no: answer.KkbRefNo,
    status: "pin_sent",
    phone_hint: maskPhone(body.phone),
    expires_at: new Date(Date.now() + settings.referenceTtlMinutes * 60_000),
  })
  res.status(201).json({ status: "pin_sent", reference: onboarding.reference, phone_hint: onboarding.phone_hint, expires_at: onboarding.expires_at })
}
