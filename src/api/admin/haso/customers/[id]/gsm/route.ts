import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { hasoAnswerOf, toStaffError } from "../../../../../../errors"
import { HasoCodes, HasoError, maskPhone } from "../../../../../../haso"
import { formatHasoMessage } from "../../../../../../i18n/messages"
import { HASO_MODULE, type HasoModuleService } from "../../../../../../modules/haso"
import { currentLocale } from "../../../../../../request-context"
import { resolveHasoCustomer } from "../../../../../../workflows/utils/haso-customer"
import { presentEvent } from "../../../../../utils/presenters"
import type { AdminHasoGsm } from "../../../validators"

/**
 * Changes the customer's mobile number at Haso (5.15). The number goes to Haso
 * from here and is recorded only masked; it never enters a workflow, whose
 * input the engine may persist. Changing it again to the same number is
 * harmless (H311), so there is nothing to undo or reserve.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminHasoGsm>, res: MedusaResponse) => {
  const link = await resolveHasoCustomer(req.scope, req.params.id)
  const haso = req.scope.resolve<HasoModuleService>(HASO_MODULE)
  const record = (status: "succeeded" | "failed" | "unknown", haso_code: string | null, message: string | null) =>
    haso.createHasoEvents({
      type: "customer_phone_changed",
      status,
      customer_id: link.customer_id,
      actor_id: req.auth_context.actor_id,
      haso_code,
      message,
      data: { phone_hint: maskPhone(req.validatedBody.phone) },
    })
  try {
    const answer = await haso.client.changeCustomerGsmNo({ customerId: link.haso_customer_id, newGsmNo: req.validatedBody.phone })
    if (answer.Message === HasoCodes.GsmNotUsable) {
      const message = formatHasoMessage("haso_gsm_not_usable", {}, currentLocale())
      await record("failed", answer.Message, message)
      res.status(400).json({ type: "not_allowed", code: HasoCodes.GsmNotUsable, message, kkb_phones: (answer.KkbPhones ?? []).map(maskPhone) })
      return
    }
    res.json({ haso_event: presentEvent(await record("succeeded", answer.Message, null)) })
  } catch (error) {
    if (error instanceof HasoError) {
      const answer = hasoAnswerOf(error)
      await record(error.isTransport ? "unknown" : "failed", answer.haso_code, answer.haso_message)
    }
    throw toStaffError(error, "change_phone")
  }
}
