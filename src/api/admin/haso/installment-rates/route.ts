import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { forStaff } from "../../../../errors"
import { HASO_MODULE, type HasoModuleService } from "../../../../modules/haso"

/** The merchant's installment rate definitions at Haso (5.23). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const client = req.scope.resolve<HasoModuleService>(HASO_MODULE).client
  const { InstallmentRates } = await forStaff("read_rates", () => client.getInstallmentRates({}))
  res.json({
    installment_rates: InstallmentRates.map((rate) => ({
      installment_no: rate.InstallmentNo,
      installment_count: rate.InstallmentCount,
      fee_rate: rate.FeeRate,
      dealer_segment: rate.DealerSegment ?? null,
    })),
  })
}
