import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { forShopper } from "../../../../../errors"
import { presentTransaction } from "../../../../utils/presenters"
import { hasoModule, linkOf } from "../../helpers"
import type { ListHasoTransactions } from "../../validators"

/** The shopper's Haso plans (5.9), newest first, with their installments. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, ListHasoTransactions>, res: MedusaResponse) => {
  const link = await linkOf(req.scope, req.auth_context.actor_id)
  const { limit, offset } = req.validatedQuery
  const page = await forShopper(() =>
    hasoModule(req.scope).client.getCustomerTransactions({ customerId: link.haso_customer_id, pageNo: offset / limit + 1, pageSize: limit })
  )
  res.json({ transactions: page.Transactions.map(presentTransaction), count: page.TotalCount, limit, offset })
}
