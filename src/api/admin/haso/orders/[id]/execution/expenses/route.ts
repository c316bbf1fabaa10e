import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordEnforcementExpensesWorkflow } from "../../../../../../../workflows/back-office"
import { presentEvent } from "../../../../../../utils/presenters"
import type { AdminHasoExecutionExpenses } from "../../../../validators"

/** Sends the enforcement expenses so far, as the cumulative total Haso requires, 5.14. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminHasoExecutionExpenses>, res: MedusaResponse) => {
  const { result } = await recordEnforcementExpensesWorkflow(req.scope).run({
    input: { order_id: req.params.id, actor_id: req.auth_context.actor_id, ...req.validatedBody },
  })
  res.json({ haso_event: presentEvent(result) })
}
