import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { HASO_MODULE, type HasoModuleService } from "../../../../modules/haso"
import { reconcileHasoDayWorkflow } from "../../../../workflows/reconcile-haso-day"
import { withHasoErrors } from "../../../utils/haso-errors"
import type { AdminHasoReconciliationsQuery, AdminHasoRunReconciliation } from "../validators"

/** Stored daily reconciliation reports, newest first, or the one of `date`. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminHasoReconciliationsQuery>, res: MedusaResponse) => {
  const { date, limit, offset } = req.validatedQuery
  const [reports, count] = await req.scope
    .resolve<HasoModuleService>(HASO_MODULE)
    .listAndCountHasoReconciliations(date ? { date } : {}, { take: limit, skip: offset, order: { date: "DESC" } })
  res.json({ reconciliations: reports, count, limit, offset })
}

/** Reconciles a day now; a day already reconciled gets its report replaced. */
export const POST = withHasoErrors(async (req: AuthenticatedMedusaRequest<AdminHasoRunReconciliation>, res: MedusaResponse) => {
  const { result } = await reconcileHasoDayWorkflow(req.scope).run({ input: { date: req.validatedBody.date } })
  res.json({ reconciliation: result })
})
