import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { forShopper, hasoRefusal } from "../../../../errors"
import { exactAmount, freshInstallmentOffers, installmentQuery, toKurus } from "../../../../haso"
import { hasoModule } from "../helpers"
import type { GetHasoInstallments } from "../validators"

/**
 * The installment options for a cart or an amount: what the checkout's
 * installment picker shows. `installment_no` is what the payment session takes.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, GetHasoInstallments>, res: MedusaResponse) => {
  const haso = hasoModule(req.scope)
  const customerId = req.auth_context.actor_id
  const { cart_id } = req.validatedQuery
  const [amount, [link]] = await Promise.all([
    cart_id ? ownCartTotal(req, cart_id, customerId) : exactAmount(req.validatedQuery.amount!),
    haso.listHasoCustomers({ customer_id: customerId }),
  ])
  if (!link && !haso.options.dealerSegment) {
    throw hasoRefusal(MedusaError.Types.NOT_FOUND, "haso_not_linked")
  }
  const amountKurus = toKurus(amount)
  const query = installmentQuery(haso.options, link?.haso_customer_id, amountKurus)
  // Options of a segment are the same for everyone (5.21); a customer's depend on their limit (5.1).
  const load = () => forShopper(() => freshInstallmentOffers(haso.client, query))
  const { customer, offers } = link ? await load() : await haso.published(`5.21:${query.dealerSegment}:${amountKurus}`, haso.options.quote.cacheSeconds, load)
  res.json({ amount: Number(amount), currency_code: "try", available_limit: customer?.AvailableLimit ?? null, installments: offers })
}

async function ownCartTotal(req: AuthenticatedMedusaRequest, cartId: string, customerId: string): Promise<string> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: ["id", "customer_id", "currency_code", "total"], filters: { id: cartId } })
  const cart = data[0] as { customer_id?: string | null; currency_code?: string; total?: unknown } | undefined
  if (!cart || cart.customer_id !== customerId) {
    throw hasoRefusal(MedusaError.Types.NOT_FOUND, "haso_cart_not_found", { cart_id: cartId })
  }
  if (cart.currency_code?.toLowerCase() !== "try") {
    throw hasoRefusal(MedusaError.Types.INVALID_DATA, "haso_currency_not_supported", { currency: String(cart.currency_code).toUpperCase() })
  }
  return exactAmount(cart.total as never)
}
