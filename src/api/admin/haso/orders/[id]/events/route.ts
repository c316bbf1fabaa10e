import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { HASO_MODULE, type HasoModuleService } from "../../../../../../modules/haso"
import { resolveOrderHasoPayment } from "../../../../../../workflows/utils/order-haso-payments"
import { presentEvent } from "../../../../../utils/presenters"
import type { AdminHasoListQuery } from "../../../validators"

/** The order's Haso history: what staff reported to Haso, when, by whom, and what Haso said. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminHasoListQuery>, res: MedusaResponse) => {
  await resolveOrderHasoPayment(req.scope, req.params.id)
  const { limit, offset } = req.validatedQuery
  const [events, count] = await req.scope
    .resolve<HasoModuleService>(HASO_MODULE)
    .listAndCountHasoEvents({ order_id: req.params.id }, { take: limit, skip: offset, order: { created_at: "DESC" } })
  res.json({ haso_events: events.map(presentEvent), count, limit, offset })
}
