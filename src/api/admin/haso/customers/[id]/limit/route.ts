import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setHasoCustomerLimitWorkflow } from "../../../../../../workflows/back-office"
import { presentEvent } from "../../../../../utils/presenters"
import type { AdminHasoLimit } from "../../../validators"

/** Gives the customer a limit of the store's choosing (5.18). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminHasoLimit>, res: MedusaResponse) => {
  const { result } = await setHasoCustomerLimitWorkflow(req.scope).run({
    input: { customer_id: req.params.id, actor_id: req.auth_context.actor_id, amount: req.validatedBody.amount },
  })
  res.json({ haso_event: presentEvent(result) })
}
