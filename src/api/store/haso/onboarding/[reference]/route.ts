import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { HasoCodes, isHasoError } from "../../../../../haso"
import { toHasoHttpError, withHasoErrors } from "../../../../utils/haso-errors"
import { approvedAgain, assertStillOpen, hasoModule, ownOnboarding, reject, rejected, settleReport } from "../../helpers"
import { OnboardingReference } from "../../validators"

/** Where an onboarding stands; a pending KKB report is checked with Haso (5.2.3). */
export const GET = withHasoErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const haso = hasoModule(req.scope)
  const reference = OnboardingReference.safeParse(req.params.reference)
  const onboarding = await ownOnboarding(haso, reference.success ? reference.data : "-", req.auth_context.actor_id)

  switch (onboarding.status) {
    case "approved":
      res.json(await approvedAgain(haso, onboarding.customer_id))
      return
    case "rejected":
      res.json(rejected())
      return
    case "pin_sent":
      await assertStillOpen(haso, onboarding)
      res.json({ status: "pin_sent", reference: onboarding.reference, phone_hint: onboarding.phone_hint, expires_at: onboarding.expires_at })
      return
  }
  await assertStillOpen(haso, onboarding)
  try {
    const answer = await haso.client.checkKkbReportResult({ kkbRefNo: onboarding.kkb_ref_no }, { ipAddress: req.ip })
    res.json(await settleReport(req.scope, onboarding, answer))
  } catch (error) {
    if (isHasoError(error, HasoCodes.KkbRejected)) {
      res.json(await reject(req.scope, onboarding))
      return
    }
    throw toHasoHttpError(error, "check the KKB report with Haso")
  }
})
