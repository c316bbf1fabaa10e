import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { toShopperError } from "../../../../../../errors"
import { HasoCodes, isHasoError } from "../../../../../../haso"
import { assertStillOpen, hasoModule, ownOnboarding, presentOnboarding, reject, settleReport } from "../../../helpers"
import { OnboardingReference } from "../../../validators"

/** Asks Haso whether a pending credit report is decided (5.2.3) and settles it: approved (linked), rejected or still pending. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const reference = OnboardingReference.safeParse(req.params.reference)
  const onboarding = await ownOnboarding(req.scope, reference.success ? reference.data : "-", req.auth_context.actor_id)
  if (onboarding.status !== "pending") {
    res.json(await presentOnboarding(req.scope, onboarding))
    return
  }
  await assertStillOpen(req.scope, onboarding)
  try {
    const answer = await hasoModule(req.scope).client.checkKkbReportResult({ kkbRefNo: onboarding.kkb_ref_no })
    res.json(await settleReport(req.scope, onboarding, answer))
  } catch (error) {
    if (isHasoError(error, HasoCodes.KkbRejected)) {
      res.json(await reject(req.scope, onboarding))
      return
    }
    throw toShopperError(error)
  }
}
