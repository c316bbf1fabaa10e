import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { HASO_MODULE, type HasoModuleService } from "../../../../../../modules/haso"
import { authorizedHasoTransaction, readOrderHasoPayments } from "../../../../../../workflows/utils/order-haso-payments"
import { paymentDataSchema } from "../../../../../../providers/haso/session-data"
import { presentEvent, presentOperation } from "../../../../../utils/presenters"
import type { AdminHasoListQuery } from "../../../validators"

/**
 * The order's whole Haso story, newest first: what checkout, Medusa's own
 * Capture/Refund/Cancel, the auto-capture and the sync did to the transaction
 * (the payment ledger), and what staff reported from the back office, each
 * with who, when, the amount and Haso's answer.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminHasoListQuery>, res: MedusaResponse) => {
  const order = await readOrderHasoPayments(req.scope, req.params.id)
  authorizedHasoTransaction(order) // a 404 for an order Haso never had a transaction for
  const haso = req.scope.resolve<HasoModuleService>(HASO_MODULE)
  const { limit, offset } = req.validatedQuery
  const merchantOids = order.payments.flatMap((payment) => {
    const data = paymentDataSchema.safeParse(payment.data)
    return data.success ? [data.data.merchant_oid] : []
  })
  const [[events, eventCount], operations, operationCount] = await Promise.all([
    haso.listAndCountHasoEvents({ order_id: req.params.id }, { take: offset + limit, order: { created_at: "DESC" } }),
    haso.ledger.operationsOf(merchantOids, offset + limit),
    haso.ledger.countOf(merchantOids),
  ])
  const history = [...events.map(presentEvent), ...operations.map(presentOperation)]
    .sort((a, b) => new Date(b.created_at).getTime() - new Date(a.created_at).getTime())
    .slice(offset, offset + limit)
  const names = await userNames(req, history.flatMap((entry) => (entry.actor_type === "user" && entry.actor_id ? [entry.actor_id] : [])))
  res.json({
    haso_events: history.map((entry) => ({ ...entry, actor_name: entry.actor_id ? names.get(entry.actor_id) ?? null : null })),
    count: eventCount + operationCount,
    limit,
    offset,
  })
}

async function userNames(req: AuthenticatedMedusaRequest, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map()
  const users = await req.scope.resolve(Modules.USER).listUsers({ id: [...new Set(ids)] })
  return new Map(users.map((user) => [user.id, [user.first_name, user.last_name].filter(Boolean).join(" ") || user.email]))
}
