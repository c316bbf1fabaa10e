import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reportOrderToEnforcementWorkflow } from "../../../../../../workflows/back-office"
import { presentEvent } from "../../../../../utils/presenters"

/** Reports the order's Haso transaction as handed to enforcement (icra), 5.12. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await reportOrderToEnforcementWorkflow(req.scope).run({
    input: { order_id: req.params.id, actor_id: req.auth_context.actor_id },
  })
  res.json({ haso_event: presentEvent(result) })
}
