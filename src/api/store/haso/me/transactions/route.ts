import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { callHaso, withHasoErrors } from "../../../../utils/haso-errors"
import { presentTransaction } from "../../../../utils/presenters"
import { linkedHasoCustomerId } from "../../helpers"
import type { ListHasoTransactions } from "../../validators"

/** The shopper's Haso plans (5.9), newest first, with their installments. */
export const GET = withHasoErrors(async (req: AuthenticatedMedusaRequest<unknown, ListHasoTransactions>, res: MedusaResponse) => {
  const { haso, customerId } = await linkedHasoCustomerId(req.scope, req.auth_context.actor_id)
  const { limit, offset } = req.validatedQuery
  const page = await callHaso("list your Haso plans", () =>
    haso.client.getCustomerTransactions({ customerId, pageNo: offset / limit + 1, pageSize: limit }, { ipAddress: req.ip })
  )
  res.json({ transactions: page.Transactions.map(presentTransaction), count: page.TotalCount, limit, offset })
})
