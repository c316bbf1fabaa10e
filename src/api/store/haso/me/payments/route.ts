import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { forShopper } from "../../../../../errors"
import { presentCustomerPayment } from "../../../../utils/presenters"
import { hasoModule, linkOf } from "../../helpers"
import type { ListHasoPayments } from "../../validators"

/** The shopper's installments across plans (5.10), newest first, optionally by status. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, ListHasoPayments>, res: MedusaResponse) => {
  const link = await linkOf(req.scope, req.auth_context.actor_id)
  const { limit, offset, status } = req.validatedQuery
  const page = await forShopper(() =>
    hasoModule(req.scope).client.getCustomerPayments({
      customerId: link.haso_customer_id,
      pageNo: offset / limit + 1,
      pageSize: limit,
      paymentStatuses: status,
    })
  )
  res.json({ payments: page.Payments.map(presentCustomerPayment), count: page.TotalCount, limit, offset })
}
