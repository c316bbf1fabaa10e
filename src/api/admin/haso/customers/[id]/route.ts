import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fetchCustomerLimit } from "../../../../../haso"
import { HASO_MODULE, type HasoModuleService } from "../../../../../modules/haso"
import { resolveHasoCustomer } from "../../../../../workflows/utils/haso-customer"
import { callHaso, withHasoErrors } from "../../../../utils/haso-errors"
import { presentCustomerPayment, presentLimit, presentTransaction } from "../../../../utils/presenters"
import type { AdminHasoCustomerQuery } from "../../validators"

/** A customer's Haso account: the link, the live limit (5.1), transactions (5.9) and installments (5.10). */
export const GET = withHasoErrors(async (req: AuthenticatedMedusaRequest<unknown, AdminHasoCustomerQuery>, res: MedusaResponse) => {
  const link = await resolveHasoCustomer(req.scope, req.params.id)
  const client = req.scope.resolve<HasoModuleService>(HASO_MODULE).client
  const { limit, offset } = req.validatedQuery
  const page = { customerId: link.haso_customer_id, pageNo: offset / limit + 1, pageSize: limit }
  const [info, transactions, payments] = await callHaso("read the customer's Haso account", () =>
    Promise.all([
      fetchCustomerLimit(client, link.haso_customer_id),
      client.getCustomerTransactions(page),
      client.getCustomerPayments(page),
    ])
  )
  res.json({
    haso_customer: {
      id: link.id,
      customer_id: link.customer_id,
      haso_customer_id: link.haso_customer_id,
      verification_method: link.verification_method,
      verified_at: link.verified_at,
      suspended: link.suspended,
      limit: info ? presentLimit(info) : null,
    },
    transactions: { items: transactions.Transactions.map(presentTransaction), count: transactions.TotalCount, limit, offset },
    payments: { items: payments.Payments.map(presentCustomerPayment), count: payments.TotalCount, limit, offset },
  })
})
