import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { forStaff } from "../../../../../errors"
import { fetchCustomerLimit } from "../../../../../haso"
import { HASO_MODULE, type HasoModuleService } from "../../../../../modules/haso"
import { resolveHasoCustomer } from "../../../../../workflows/utils/haso-customer"
import { ordersOfTransactions } from "../../../../../workflows/utils/order-haso-payments"
import { presentCustomerPayment, presentLimit, presentTransaction } from "../../../../utils/presenters"
import type { AdminHasoCustomerQuery } from "../../validators"

/** A customer's Haso account: the link, the live limit (5.1), transactions (5.9) with their Medusa orders, installments (5.10). */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminHasoCustomerQuery>, res: MedusaResponse) => {
  const link = await resolveHasoCustomer(req.scope, req.params.id)
  const haso = req.scope.resolve<HasoModuleService>(HASO_MODULE)
  const { limit, offset } = req.validatedQuery
  const page = { customerId: link.haso_customer_id, pageNo: offset / limit + 1, pageSize: limit }
  const [info, transactions, payments] = await forStaff("read_account", () =>
    Promise.all([fetchCustomerLimit(haso.client, link.haso_customer_id), haso.client.getCustomerTransactions(page), haso.client.getCustomerPayments(page)])
  )
  const orders = await ordersOfTransactions(req.scope, haso.ledger, transactions.Transactions.map((transaction) => transaction.MerchantOid))
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
    transactions: {
      items: transactions.Transactions.map((transaction) => ({ ...presentTransaction(transaction), order: orders.get(transaction.MerchantOid) ?? null })),
      count: transactions.TotalCount,
      limit,
      offset,
    },
    payments: { items: payments.Payments.map(presentCustomerPayment), count: payments.TotalCount, limit, offset },
  })
}
