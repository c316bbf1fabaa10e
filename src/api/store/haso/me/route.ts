import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fetchCustomerLimit } from "../../../../haso"
import { isLostAnswer, toShopperError } from "../../../../errors"
import { presentLink, presentLiveLink } from "../../../utils/presenters"
import { hasoModule } from "../helpers"

/**
 * The shopper's Haso link and live limit (5.1). When Haso cannot be reached
 * the limit last recorded is shown, marked `live: false`. Reads only.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const haso = hasoModule(req.scope)
  const [link] = await haso.listHasoCustomers({ customer_id: req.auth_context.actor_id })
  if (!link) {
    res.json({ linked: false })
    return
  }
  try {
    const info = await fetchCustomerLimit(haso.client, link.haso_customer_id)
    if (info) {
      res.json({ linked: true, live: true, haso_customer: presentLiveLink(link, info) })
      return
    }
  } catch (error) {
    if (!isLostAnswer(error)) {
      throw toShopperError(error)
    }
  }
  res.json({ linked: true, live: false, haso_customer: presentLink(link) })
}
