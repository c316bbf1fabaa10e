import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordEnforcementPaymentWorkflow } from "../../../../../../../workflows/back-office"
import { presentEvent } from "../../../../../../utils/presenters"
import type { AdminHasoExecutionPayment } from "../../../../validators"

/** Records a payment collected through enforcement, 5.13. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminHasoExecutionPayment>, res: MedusaResponse) => {
  const { result } = await recordEnforcementPaymentWorkflow(req.scope).run({
    input: { order_id: req.params.id, actor_id: req.auth_context.actor_id, ...req.validatedBody },
  })
  res.json({ haso_event: presentEvent(result) })
}
