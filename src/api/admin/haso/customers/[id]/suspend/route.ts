import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { suspendHasoCustomerWorkflow } from "../../../../../../workflows/back-office"
import { presentEvent } from "../../../../../utils/presenters"

/** Suspends the customer's Haso account (5.16). */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await suspendHasoCustomerWorkflow(req.scope).run({
    input: { customer_id: req.params.id, actor_id: req.auth_context.actor_id },
  })
  res.json({ haso_event: presentEvent(result) })
}
