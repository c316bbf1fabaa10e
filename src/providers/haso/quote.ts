import { MedusaError } from "@medusajs/framework/utils"
import { hasoRefusal, toShopperError } from "../../errors"
import {
  CustomerStatus,
  hasoDecimalToKurus,
  kurusToMajor,
  recentOffers,
  freshInstallmentOffers,
  installmentQuery,
  type HasoClient,
  type HasoProviderOptions,
  type Offers,
} from "../../haso"
import { formatHasoMessage, formatLira } from "../../i18n/messages"
import { currentLocale } from "../../request-context"
import type { HasoSessionData } from "./session-data"

export type QuoteInput = {
  merchant_oid: string
  haso_customer_id: string
  amount_kurus: number
  /** Medusa's amount, exact. */
  amount: string
  installment_no?: number
}

/**
 * The session data for an amount: the customer's limit and installment
 * options (5.1, or 5.21 with a dealerSegment), and the chosen option checked
 * against them. What the picker showed the shopper moments ago stands in for
 * a second 5.1; a refusal is only made on Haso's fresh answer. Every refusal
 * explains itself to the shopper and carries a code a storefront can act on.
 */
export async function quoteInstallments(
  client: HasoClient,
  options: HasoProviderOptions,
  input: QuoteInput
): Promise<HasoSessionData> {
  const query = installmentQuery(options, input.haso_customer_id, input.amount_kurus)
  const shown = recentOffers.find(client.account, query, options.offerReuseSeconds)
  if (shown) {
    try {
      return sessionFor(shown, options, input)
    } catch {
      // The limit or the options may have changed since: ask Haso before refusing.
    }
  }
  let fresh: Offers
  try {
    fresh = await freshInstallmentOffers(client, query)
  } catch (error) {
    throw toShopperError(error)
  }
  return sessionFor(fresh, options, input)
}

/** The session data for the chosen option, or the refusal that explains why there is none. */
function sessionFor({ customer, offers }: Offers, options: HasoProviderOptions, input: QuoteInput): HasoSessionData {
  const total = lira(input.amount_kurus)
  if (!customer) {
    throw hasoRefusal(MedusaError.Types.NOT_ALLOWED, "haso_customer_unknown")
  }
  if (customer.Status === CustomerStatus.Suspended) {
    throw hasoRefusal(MedusaError.Types.NOT_ALLOWED, "haso_suspended")
  }
  const available = hasoDecimalToKurus(customer.AvailableLimit)
  if (available < input.amount_kurus) {
    throw hasoRefusal(MedusaError.Types.NOT_ALLOWED, "haso_limit_too_low", { available: lira(available), total })
  }
  if (!offers.length) {
    throw hasoRefusal(MedusaError.Types.NOT_ALLOWED, "haso_no_options", { total }, "haso_option_not_offered")
  }
  const chosen = input.installment_no ?? offers[0].installment_no
  const selected = offers.find((offer) => offer.installment_no === chosen)
  if (!selected) {
    const offered = offers
      .map((offer) => formatHasoMessage("installment_option", { no: offer.installment_no, count: offer.installment_count }, currentLocale()))
      .join(", ")
    throw hasoRefusal(MedusaError.Types.INVALID_DATA, "haso_option_not_offered", { chosen, total, offered })
  }
  return {
    merchant_oid: input.merchant_oid,
    haso_customer_id: input.haso_customer_id,
    amount_kurus: input.amount_kurus,
    amount: input.amount,
    currency_code: "try",
    installment_no: selected.installment_no,
    selected_installment: selected,
    auto_capture: options.autoCapture,
  }
}

function lira(kurus: number): string {
  return formatLira(kurusToMajor(kurus), currentLocale())
}
