import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { hasoRefusal } from "../../../../../../errors"
import { toKurus } from "../../../../../../haso"
import { hasoShopper } from "../../../../../utils/validators"
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
        throw hasoRefusal(MedusaError.Types.INVALID_DATA, "haso_dealer_segment_required")
      }
      return haso.client.setLimitFromKds({
        ...hasoShopper(body),
        birthDate: body.birth_date,
        dealerSegment,
        kdsLimit: toKurus(body.kds_limit),
        kdsSegment: body.kds_segment,
      })
    },
  })
}
