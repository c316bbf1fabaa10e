import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadHasoCustomerBalanceWorkflow } from "../../../../../../workflows/back-office"
import { presentEvent } from "../../../../../utils/presenters"
import type { AdminHasoBalance } from "../../../validators"

/** Loads a payment the customer made to the store as Haso balance (5.19), closing unpaid installments. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminHasoBalance>, res: MedusaResponse) => {
  const { result } = await loadHasoCustomerBalanceWorkflow(req.scope).run({
    input: { customer_id: req.params.id, actor_id: req.auth_context.actor_id, ...req.validatedBody },
  })
  res.json({ haso_event: presentEvent(result) })
}
