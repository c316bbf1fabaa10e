import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { HasoCodes, isHasoError } from "../../../../../haso"
import { toHasoHttpError, tooManyRequests, withHasoErrors } from "../../../../utils/haso-errors"
import { approvedAgain, assertStillOpen, hasoModule, ownOnboarding, reject, rejected, settleReport } from "../../helpers"
import type { ConfirmHasoOnboarding } from "../../validators"

/** Confirms onboarding with the SMS PIN (5.2.2): approved, pending (poll) or rejected. */
export const POST = withHasoErrors(async (req: AuthenticatedMedusaRequest<ConfirmHasoOnboarding>, res: MedusaResponse) => {
  const haso = hasoModule(req.scope)
  const settings = haso.options.onboarding
  const { reference, pin, test_result } = req.validatedBody
  const onboarding = await ownOnboarding(haso, reference, req.auth_context.actor_id)

  if (onboarding.status === "approved") {
    res.json(await approvedAgain(haso, onboarding.customer_id))
    return
  }
  if (onboarding.status === "rejected") {
    res.json(rejected())
    return
  }
  if (onboarding.status === "pending") {
    res.json({ status: "pending", reference })
    return
  }
  await assertStillOpen(haso, onboarding)
  if (test_result && !settings.testMode) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "test_result is only accepted when the plugin's onboarding.testMode is on.")
  }

  const attempts = await haso.countPinAttempt(onboarding.id)
  if (attempts > settings.maxPinAttempts) {
    await haso.updateHasoOnboardings({ id: onboarding.id, status: "expired" })
    return tooManyRequests(res, 60, "Too many PIN attempts for this onboarding. Please start again to get a new PIN.")
  }

  try {
    const answer = await haso.client.sendKkbPinCode(
      { kkbRefNo: onboarding.kkb_ref_no, pinCode: pin, testResult: test_result },
      { ipAddress: req.ip }
    )
    res.json(await settleReport(req.scope, onboarding, answer))
  } catch (error) {
    if (isHasoError(error, HasoCodes.WrongPin)) {
      const left = Math.max(0, settings.maxPinAttempts - attempts)
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `The PIN is not right. ${left} attempt${left === 1 ? "" : "s"} left.`,
        HasoCodes.WrongPin
      )
    }
    if (isHasoError(error, HasoCodes.KkbRejected)) {
      res.json(await reject(req.scope, onboarding))
      return
    }
    throw toHasoHttpError(error, "confirm the PIN with Haso")
  }
})
