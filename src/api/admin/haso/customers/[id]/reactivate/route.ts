import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reactivateHasoCustomerWorkflow } from "../../../../../../workflows/back-office"
import { presentEvent } from "../../../../../utils/presenters"

/** Re-activates a suspended Haso account (5.22). */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await reactivateHasoCustomerWorkflow(req.scope).run({
    input: { customer_id: req.params.id, actor_id: req.auth_context.actor_id },
  })
  res.json({ haso_event: presentEvent(result) })
}
