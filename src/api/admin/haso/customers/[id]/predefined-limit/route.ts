import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { toHasoAmount } from "../../../../../../haso"
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
        shopperName: body.first_name,
        shopperSurname: body.last_name,
        tckn: body.tckn,
        mobileNumber: body.phone,
        email: body.email,
        preDefinedLimit: toHasoAmount(body.limit),
      }),
  })
}
