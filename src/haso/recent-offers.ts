import type { CustomerInfo } from "./contract/models"
import type { InstallmentOffer, InstallmentQuery } from "./installments"

export type Offers = { customer: CustomerInfo | null; offers: InstallmentOffer[] }

type Kept = { at: number; offers: Offers }

/** Amounts kept per customer: the cart the picker shows now, and a few it showed before. */
const AMOUNTS_PER_CUSTOMER = 4

/**
 * The installment options the picker has just shown each shopper, so the
 * payment session the shopper makes from them seconds later does not ask Haso
 * the same question again. One per process: the store route and the payment
 * provider each have their own client, but share what was shown.
 *
 * Only ever a shortcut to a yes: the provider asks Haso again before refusing
 * on what is kept, and the transaction (5.3) is Haso's own check of the limit.
 */
export class RecentOffers {
  private readonly byCustomer = new Map<string, Map<string, Kept>>()

  constructor(
    private readonly maxCustomers = 10_000,
    private readonly now: () => number = Date.now
  ) {}

  keep(account: string, query: InstallmentQuery, offers: Offers): void {
    if (!query.customerId) {
      return
    }
    const key = customerKey(account, query.customerId)
    const kept = this.byCustomer.get(key) ?? new Map<string, Kept>()
    putNewest(kept, queryKey(query), { at: this.now(), offers }, AMOUNTS_PER_CUSTOMER)
    putNewest(this.byCustomer, key, kept, this.maxCustomers)
  }

  /** What was shown for this exact query within `maxAgeSeconds`, if anything. */
  find(account: string, query: InstallmentQuery, maxAgeSeconds: number): Offers | undefined {
    if (!query.customerId || maxAgeSeconds <= 0) {
      return undefined
    }
    const kept = this.byCustomer.get(customerKey(account, query.customerId))?.get(queryKey(query))
    return kept && this.now() - kept.at < maxAgeSeconds * 1000 ? kept.offers : undefined
  }

  /** The customer's limit changed (a transaction was opened): nothing kept for them holds. */
  forget(account: string, customerId: string): void {
    this.byCustomer.delete(customerKey(account, customerId))
  }
}

/** Sets `key` as the map's newest entry (a Map iterates in insertion order) and drops the oldest beyond `max`. */
function putNewest<K, V>(map: Map<K, V>, key: K, value: V, max: number): void {
  map.delete(key)
  map.set(key, value)
  for (const oldest of map.keys()) {
    if (map.size <= max) break
    map.delete(oldest)
  }
}

function customerKey(account: string, customerId: string): string {
  return `${account}\n${customerId}`
}

function queryKey(query: InstallmentQuery): string {
  return [query.amountKurus, query.dealerSegment ?? "", query.notCalculateFees, query.forceRiskFreeEvaluate, query.postponeSelected].join("|")
}

/** The process's one record of what the picker showed. */
export const recentOffers = new RecentOffers()
