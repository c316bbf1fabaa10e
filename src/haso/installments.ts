import type { HasoClient, HasoCallOptions } from "./client"
import type { CustomerInfo, InstallmentOption, InstallmentRate } from "./contract/models"
import { kurusToMajor } from "./money"
import { recentOffers, type Offers } from "./recent-offers"

export interface InstallmentQuery {
  amountKurus: number
  customerId?: string
  /** When set, options come from 5.21 for this merchant segment. */
  dealerSegment?: string
  notCalculateFees?: boolean
  forceRiskFreeEvaluate?: boolean
  postponeSelected?: boolean
}

/** An installment option as the storefront and the session data show it (lira). */
export interface InstallmentOffer {
  installment_no: number
  installment_count: number
  installment_amount: number
  total_amount: number
  fee: number
  down_payment: number
}

export function toInstallmentOffer(option: InstallmentOption): InstallmentOffer {
  return {
    installment_no: option.InstallmentNo,
    installment_count: option.InstallmentCount,
    installment_amount: option.InstallmentAmount,
    total_amount: option.TotalAmount,
    fee: option.Fee,
    down_payment: option.DownPayment,
  }
}

/**
 * The customer's limit (5.1) and the installment options for an amount: from
 * 5.1, or from 5.21 when the store sells under a merchant segment.
 */
export async function fetchInstallmentOffers(
  client: HasoClient,
  query: InstallmentQuery,
  callOptions?: HasoCallOptions
): Promise<Offers> {
  if (!query.customerId && !query.dealerSegment) {
    throw new Error("Installment options need a Haso customer (5.1) or a dealerSegment (5.21)")
  }
  const orderAmount = String(query.amountKurus)
  let customer: CustomerInfo | null = null
  let options: InstallmentOption[] = []
  if (query.customerId) {
    const info = await client.getCustomerInformation(
      {
        customerId: query.customerId,
        orderAmount,
        notCalculateFees: query.notCalculateFees,
        forceRiskFreeEvaluate: query.forceRiskFreeEvaluate,
        postponeSelected: query.postponeSelected,
      },
      callOptions
    )
    customer = info.CustomerInfo
    options = info.Installments
  }
  if (query.dealerSegment) {
    const segmented = await client.getInstallmentsWithSegment(
      { dealerSegment: query.dealerSegment, orderAmount, notCalculateFees: query.notCalculateFees, postponeSelected: query.postponeSelected },
      callOptions
    )
    options = segmented.Installments
  }
  const offers = options.map(toInstallmentOffer).sort((a, b) => a.installment_no - b.installment_no)
  return { customer, offers }
}

/** The store's query for an amount: the same from the picker and the payment session, so one can stand for the other. */
export function installmentQuery(
  options: Pick<InstallmentQuery, "dealerSegment" | "notCalculateFees" | "forceRiskFreeEvaluate" | "postponeSelected">,
  customerId: string | undefined,
  amountKurus: number
): InstallmentQuery {
  const { dealerSegment, notCalculateFees, forceRiskFreeEvaluate, postponeSelected } = options
  return { customerId, amountKurus, dealerSegment, notCalculateFees, forceRiskFreeEvaluate, postponeSelected }
}

/** Fresh options from Haso, remembered for the payment session the shopper makes from them (see RecentOffers). */
export async function freshInstallmentOffers(client: HasoClient, query: InstallmentQuery, callOptions?: HasoCallOptions): Promise<Offers> {
  const offers = await fetchInstallmentOffers(client, query, callOptions)
  recentOffers.keep(client.account, query, offers)
  return offers
}

/** 5.1 needs an order amount; 1 TRY asks for the limit alone (assumption: Haso accepts any amount here). */
export const LIMIT_PROBE_AMOUNT = "100"

/** The customer's limit and status (5.1), or null when Haso does not know the customer. */
export async function fetchCustomerLimit(
  client: HasoClient,
  customerId: string,
  callOptions?: HasoCallOptions
): Promise<CustomerInfo | null> {
  const { CustomerInfo: info } = await client.getCustomerInformation({ customerId, orderAmount: LIMIT_PROBE_AMOUNT }, callOptions)
  return info
}

/** An indicative plan for a product page, before Haso has seen the shopper (no limit, no down payment). */
export interface IndicativePlan {
  installment_count: number
  installment_amount: number
  total_amount: number
  fee_rate: number
}

/**
 * Indicative plans for an amount from Haso's published rate definitions
 * (5.23): the fee is FeeRate % of the amount, spread evenly (assumption, the
 * sandbox prices the same way). One plan per installment count, the cheapest
 * where several options share a count; dealer-segment rates are left out.
 */
export function indicativePlans(rates: InstallmentRate[], amountKurus: number): IndicativePlan[] {
  const byCount = new Map<number, IndicativePlan>()
  for (const rate of rates.filter((candidate) => !candidate.DealerSegment)) {
    const feeKurus = Math.round((amountKurus * Math.round(rate.FeeRate * 100)) / 10_000)
    const totalKurus = amountKurus + feeKurus
    const plan = {
      installment_count: rate.InstallmentCount,
      installment_amount: kurusToMajor(Math.ceil(totalKurus / rate.InstallmentCount)),
      total_amount: kurusToMajor(totalKurus),
      fee_rate: rate.FeeRate,
    }
    const known = byCount.get(plan.installment_count)
    if (!known || known.total_amount > plan.total_amount) byCount.set(plan.installment_count, plan)
  }
  return [...byCount.values()].sort((a, b) => a.installment_count - b.installment_count)
}
