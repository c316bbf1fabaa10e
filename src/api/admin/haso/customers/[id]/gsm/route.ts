import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { HasoCodes, HasoError, maskPhone } from "../../../../../../haso"
import { HASO_MODULE, type HasoModuleService } from "../../../../../../modules/haso"
import { resolveHasoCustomer } from "../../../../../../workflows/utils/haso-customer"
import { toHasoHttpError, withHasoErrors } from "../../../../../utils/haso-errors"
import { presentEvent } from "../../../../../utils/presenters"
import type { AdminHasoGsm } from "../../../validators"

/**
 * Changes the customer's mobile number at Haso (5.15). The number goes to Haso
 * from here and is recorded only masked; it never enters a workflow, whose
 * input the engine may persist. Changing it again to the same number is
 * harmless (H311), so there is nothing to undo or reserve.
 */
export const POST = withHasoErrors(async (req: AuthenticatedMedusaRequest<AdminHasoGsm>, res: MedusaResponse) => {
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
      await record("failed", answer.Message, "Haso cannot use this number")
      res.status(400).json({
        type: "not_allowed",
        code: HasoCodes.GsmNotUsable,
        message: "Haso cannot use this number for the customer. Ask for one of the numbers the credit bureau (KKB) knows for them (kkb_phones).",
        kkb_phones: (answer.KkbPhones ?? []).map(maskPhone),
      })
      return
    }
    const event = await record("succeeded", answer.Message, null)
    res.json({ haso_event: presentEvent(event) })
  } catch (error) {
    if (error instanceof HasoError) {
      await record(error.isTransport ? "unknown" : "failed", error.code ?? error.reason ?? null, error.message)
    }
    throw toHasoHttpError(error, "change the customer's number at Haso")
  }
})
