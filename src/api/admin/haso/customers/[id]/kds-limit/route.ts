import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { toKurus } from "../../../../../../haso"
import type { AdminHasoKdsLimit } from "../../../validators"
import { defineLimitByIdentity } from "../identity-limit"

/** 5.2.6: a limit from the store's own credit decision system (KDS). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminHasoKdsLimit>, res: MedusaResponse) => {
  const body = req.validatedBody
  await defineLimitByIdentity(req, res, {
    action: "kds_limit",
    method: "kds",
    amount: body.kds_limit,
    call: (haso) => {
      const dealerSegment = body.dealer_segment ?? haso.options.dealerSegment
      if (!dealerSegment) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, "dealer_segment is required (or set the plugin's dealerSegment option)")
      }
      return haso.client.setLimitFromKds({
        shopperName: body.first_name,
        shopperSurname: body.last_name,
        tckn: body.tckn,
        mobileNumber: body.phone,
        email: body.email,
        birthDate: body.birth_date,
        dealerSegment,
        kdsLimit: toKurus(body.kds_limit),
        kdsSegment: body.kds_segment,
      })
    },
  })
}
