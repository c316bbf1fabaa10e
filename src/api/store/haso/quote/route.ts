import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { forShopper } from "../../../../errors"
import { exactAmount, indicativePlans, toKurus } from "../../../../haso"
import { hasoModule } from "../helpers"
import type { GetHasoQuote } from "../validators"

/**
 * Indicative installments for an amount, for a product page: no shopper needed.
 * Computed from Haso's published rate definitions (5.23), kept for
 * `quote.cacheSeconds`; the real plan depends on the shopper's limit and is
 * quoted at checkout.
 */
export const GET = async (req: MedusaRequest<unknown, GetHasoQuote>, res: MedusaResponse) => {
  const haso = hasoModule(req.scope)
  const cacheSeconds = haso.options.quote.cacheSeconds
  const { InstallmentRates } = await haso.published("5.23", cacheSeconds, () => forShopper(() => haso.client.getInstallmentRates({})))
  const amount = exactAmount(req.validatedQuery.amount)
  const installments = indicativePlans(InstallmentRates, toKurus(amount))
  res.setHeader("Cache-Control", `public, max-age=${cacheSeconds}`)
  res.json({
    amount: Number(amount),
    currency_code: "try",
    indicative: true,
    installments,
    max_installment_count: installments.at(-1)?.installment_count ?? null,
    lowest_installment_amount: installments.length ? Math.min(...installments.map((plan) => plan.installment_amount)) : null,
  })
}
