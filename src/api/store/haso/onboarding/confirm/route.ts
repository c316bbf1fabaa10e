import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { hasoRefusal, toShopperError, tooManyRequests } from "../../../../../errors"
import { HasoCodes, isHasoError } from "../../../../../haso"
import { assertStillOpen, hasoModule, ownOnboarding, presentOnboarding, reject, settleReport } from "../../helpers"
import type { ConfirmHasoOnboarding } from "../../validators"

/** Confirms onboarding with the SMS PIN (5.2.2): approved, pending (check again later) or rejected. */
export const POST = async (req: AuthenticatedMedusaRequest<ConfirmHasoOnboarding>, res: MedusaResponse) => {
  const haso = hasoModule(req.scope)
  const settings = haso.options.onboarding
  const { reference, pin, test_result } = req.validatedBody
  const onboarding = await ownOnboarding(req.scope, reference, req.auth_context.actor_id)
  if (onboarding.status !== "pin_sent") {
    // Confirmed before (a double click, a retry): the same answer again.
    res.json(await presentOnboarding(req.scope, onboarding))
    return
  }
  await assertStillOpen(req.scope, onboarding)
  if (test_result && !settings.testMode) {
    throw hasoRefusal(MedusaError.Types.INVALID_DATA, "onboarding_test_mode_only")
  }

  const attempts = await haso.countPinAttempt(onboarding.id)
  if (attempts > settings.maxPinAttempts) {
    await haso.moveOnboarding(onboarding.id, "expired")
    return tooManyRequests(res, 60, "too_many_pin_attempts")
  }
  try {
    const answer = await haso.client.sendKkbPinCode({ kkbRefNo: onboarding.kkb_ref_no, pinCode: pin, testResult: test_result })
    res.json(await settleReport(req.scope, onboarding, answer))
  } catch (error) {
    if (isHasoError(error, HasoCodes.WrongPin)) {
      const left = Math.max(0, settings.maxPinAttempts - attempts)
      throw hasoRefusal(MedusaError.Types.INVALID_DATA, left === 1 ? "wrong_pin_one" : "wrong_pin", { left }, HasoCodes.WrongPin)
    }
    if (isHasoError(error, HasoCodes.KkbRejected)) {
      res.json(await reject(req.scope, onboarding))
      return
    }
    throw toShopperError(error)
  }
}
