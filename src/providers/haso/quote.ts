import { MedusaError } from "@medusajs/framework/utils"
import {
  CustomerStatus,
  fetchInstallmentOffers,
  hasoDecimalToKurus,
  type HasoClient,
  type HasoProviderOptions,
} from "../../haso"
import { formatTry, shopperError } from "./mapping"
import type { HasoSessionData } from "./session-data"

export type QuoteInput = {
  merchant_oid: string
  haso_customer_id: string
  amount_kurus: number
  installment_no?: number
}

/**
 * The session data for an amount: the customer's limit and installment
 * options (5.1, or 5.21 with a dealerSegment), and the chosen option checked
 * against them. Every refusal explains itself to the shopper.
 */
export async function quoteInstallments(
  client: HasoClient,
  options: HasoProviderOptions,
  input: QuoteInput
): Promise<HasoSessionData> {
  let result: Awaited<ReturnType<typeof fetchInstallmentOffers>>
  try {
    result = await fetchInstallmentOffers(client, {
      customerId: input.haso_customer_id,
      amountKurus: input.amount_kurus,
      dealerSegment: options.dealerSegment,
      notCalculateFees: options.notCalculateFees,
      forceRiskFreeEvaluate: options.forceRiskFreeEvaluate,
      postponeSelected: options.postponeSelected,
    })
  } catch (error) {
    throw shopperError(error, "Haso could not quote installments for this cart.")
  }
  const { customer, offers } = result
  if (!customer) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Haso does not know this customer any more. Please link your Haso account again.")
  }
  if (customer.Status === CustomerStatus.Suspended) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Your Haso account is suspended, so it cannot be used for this order.")
  }
  const available = hasoDecimalToKurus(customer.AvailableLimit)
  if (available < input.amount_kurus) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Your available Haso limit (${formatTry(available)}) is lower than the order total (${formatTry(input.amount_kurus)}).`
    )
  }
  if (!offers.length) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Haso offers no installment option for ${formatTry(input.amount_kurus)}.`)
  }
  const chosen = input.installment_no ?? offers[0].installment_no
  const selected = offers.find((offer) => offer.installment_no === chosen)
  if (!selected) {
    const offered = offers.map((offer) => `${offer.installment_no} (${offer.installment_count} installments)`).join(", ")
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Installment option ${chosen} is not offered for ${formatTry(input.amount_kurus)}. Offered installment_no values: ${offered}.`
    )
  }
  return {
    merchant_oid: input.merchant_oid,
    haso_customer_id: input.haso_customer_id,
    amount_kurus: input.amount_kurus,
    currency_code: "try",
    installment_no: selected.installment_no,
    installment_options: offers,
    selected_installment: selected,
    available_limit: customer.AvailableLimit,
    auto_capture: options.autoCapture,
  }
}
