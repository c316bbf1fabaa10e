import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { markHasoInstallmentsPaidWorkflow } from "../../../../../../workflows/back-office"
import { presentEvent } from "../../../../../utils/presenters"
import type { AdminHasoPaidInstallments } from "../../../validators"

/** Marks installments the store collected itself as paid at Haso: 5.6 for one, 5.20 for several. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminHasoPaidInstallments>, res: MedusaResponse) => {
  const { result } = await markHasoInstallmentsPaidWorkflow(req.scope).run({
    input: { order_id: req.params.id, actor_id: req.auth_context.actor_id, ...req.validatedBody },
  })
  res.json({ haso_event: presentEvent(result) })
}
