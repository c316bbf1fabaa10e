import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { HASO_MODULE, type HasoModuleService } from "../../../../modules/haso"
import { reconcileHasoDayWorkflow } from "../../../../workflows/reconcile-haso-day"
import type { AdminHasoReconciliationsQuery, AdminHasoRunReconciliation } from "../validators"

const LIST_FIELDS = ["id", "date", "status", "matched_count", "missing_in_medusa_count", "missing_at_haso_count", "amount_mismatch_count", "summary", "duration_ms", "error", "created_at", "updated_at"]

/** Stored daily reconciliation reports, newest first (their mismatches: GET …/:date). */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminHasoReconciliationsQuery>, res: MedusaResponse) => {
  const { date, limit, offset } = req.validatedQuery
  const [reports, count] = await req.scope
    .resolve<HasoModuleService>(HASO_MODULE)
    .listAndCountHasoReconciliations(date ? { date } : {}, { select: LIST_FIELDS, take: limit, skip: offset, order: { date: "DESC" } })
  res.json({ reconciliations: reports, count, limit, offset })
}

/** Reconciles a day now; a day already reconciled gets its report replaced. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminHasoRunReconciliation>, res: MedusaResponse) => {
  const { result } = await reconcileHasoDayWorkflow(req.scope).run({ input: { date: req.validatedBody.date } })
  res.json({ reconciliation: result })
}
