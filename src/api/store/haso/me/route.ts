import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { HasoError, fetchCustomerLimit } from "../../../../haso"
import { toHasoHttpError } from "../../../utils/haso-errors"
import { presentLink } from "../../../utils/presenters"
import { hasoModule } from "../helpers"


/**
 * The shopper's Haso link and live limit (5.1). When Haso cannot be reached
 * the last known limit is shown, marked `live: false`.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const haso = hasoModule(req.scope)
  const [link] = await haso.listHasoCustomers({ customer_id: req.auth_context.actor_id })
  if (!link) {
    res.json({ linked: false })
    return
  }
  let live = false
  try {
    const info = await fetchCustomerLimit(haso.client, link.haso_customer_id, { ipAddress: req.ip })
    if (info) {
      await haso.updateHasoCustomers({
        id: link.id,
        limit_amount: info.CustomerLimit,
        available_limit: info.AvailableLimit,
        suspended: info.Status === 2,
        limit_checked_at: new Date(),
      })
      Object.assign(link, { limit_amount: info.CustomerLimit, available_limit: info.AvailableLimit, suspended: info.Status === 2, limit_checked_at: new Date() })
      live = true
    }
  } catch (error) {
    if (!(error instanceof HasoError && error.isTransport)) {
      throw toHasoHttpError(error, "read your Haso limit")
    }
  }
  res.json({
    linked: true,
    live,
    haso_customer: presentLink(link),
  })
}
