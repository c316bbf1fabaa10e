import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { BigNumber, MedusaError } from "@medusajs/framework/utils"
import { fetchInstallmentOffers, toKurus } from "../../../../haso"
import { callHaso, withHasoErrors } from "../../../utils/haso-errors"
import { retrieveCartWithTotals } from "../../../../workflows/utils/cart-with-totals"
import { hasoModule } from "../helpers"
import type { GetHasoInstallments } from "../validators"

/**
 * The installment options for a cart or an amount: what the checkout's
 * installment picker shows. `installment_no` is what the payment session takes.
 */
export const GET = withHasoErrors(async (req: AuthenticatedMedusaRequest<unknown, GetHasoInstallments>, res: MedusaResponse) => {
  const haso = hasoModule(req.scope)
  const customerId = req.auth_context.actor_id
  const amount = req.validatedQuery.cart_id ? await ownCartTotal(req, req.validatedQuery.cart_id, customerId) : req.validatedQuery.amount!
  const amountKurus = toKurus(amount)

  const [link] = await haso.listHasoCustomers({ customer_id: customerId })
  if (!link && !haso.options.dealerSegment) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      "Your account is not linked to Haso yet. Complete Haso onboarding to see your installment options.",
      "haso_not_linked"
    )
  }
  const { customer, offers } = await callHaso("get installment options from Haso", () =>
    fetchInstallmentOffers(
      haso.client,
      {
        customerId: link?.haso_customer_id,
        amountKurus,
        dealerSegment: haso.options.dealerSegment,
        notCalculateFees: haso.options.notCalculateFees,
        forceRiskFreeEvaluate: haso.options.forceRiskFreeEvaluate,
        postponeSelected: haso.options.postponeSelected,
      },
      { ipAddress: req.ip }
    )
  )
  res.json({
    amount: Number(amount),
    currency_code: "try",
    available_limit: customer?.AvailableLimit ?? null,
    installments: offers,
  })
})

async function ownCartTotal(req: AuthenticatedMedusaRequest, cartId: string, customerId: string): Promise<string> {
  const cart = await retrieveCartWithTotals(req.scope, cartId)
  if (!cart || cart.customer_id !== customerId) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${cartId} was not found.`)
  }
  if (cart.currency_code?.toLowerCase() !== "try") {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Haso installments are only offered for carts in Turkish lira (TRY).")
  }
  return new BigNumber(cart.total).numeric.toFixed(2)
}
