import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { callHaso, withHasoErrors } from "../../../../utils/haso-errors"
import { presentCustomerPayment } from "../../../../utils/presenters"
import { linkedHasoCustomerId } from "../../helpers"
import type { ListHasoPayments } from "../../validators"

/** The shopper's installments across plans (5.10), newest first, optionally by status. */
export const GET = withHasoErrors(async (req: AuthenticatedMedusaRequest<unknown, ListHasoPayments>, res: MedusaResponse) => {
  const { haso, customerId } = await linkedHasoCustomerId(req.scope, req.auth_context.actor_id)
  const { limit, offset, status } = req.validatedQuery
  const page = await callHaso("list your Haso installments", () =>
    haso.client.getCustomerPayments(
      { customerId, pageNo: offset / limit + 1, pageSize: limit, paymentStatuses: status },
      { ipAddress: req.ip }
    )
  )
  res.json({ payments: page.Payments.map(presentCustomerPayment), count: page.TotalCount, limit, offset })
})
