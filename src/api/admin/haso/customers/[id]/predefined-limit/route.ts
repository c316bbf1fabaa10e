import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { toHasoAmount } from "../../../../../../haso"
import { hasoShopper } from "../../../../../utils/validators"
import type { AdminHasoPredefinedLimit } from "../../../validators"
import { defineLimitByIdentity } from "../identity-limit"

/** 5.2.5: a limit the store defines for the customer without the SMS and credit bureau check. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminHasoPredefinedLimit>, res: MedusaResponse) => {
  const body = req.validatedBody
  await defineLimitByIdentity(req, res, {
    action: "predefined_limit",
    method: "predefined",
    amount: body.limit,
    call: (haso) =>
      haso.client.setPreDefinedLimit({
        ...hasoShopper(body),
        preDefinedLimit: toHasoAmount(body.limit),
      }),
  })
}
