import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { forShopper } from "../../../../../errors"
import { presentShopperPlan } from "../../../../utils/presenters"
import { hasoModule } from "../../helpers"
import { ownOrderHasoPayment } from "../helpers"

/** The shopper's Haso plan for one of their orders (5.5): the order confirmation and account pages show it. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const payment = await ownOrderHasoPayment(req.scope, req.params.id, req.auth_context.actor_id)
  const live = await forShopper(() =>
    hasoModule(req.scope).client.getPaymentsOfTransaction({ merchantOid: payment.merchant_oid, transactionCode: payment.transaction_code })
  )
  res.json(presentShopperPlan(payment, live))
}
