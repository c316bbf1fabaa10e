import type { HasoClient } from "./client"
import type { CustomerTransaction } from "./contract/models"

const PAGE_SIZE = 50
const MAX_PAGES = 10

/**
 * Finds a customer's transaction by our merchantOid through 5.9, which lists
 * waiting transactions too, newest first. This is how a call whose answer was
 * lost (timeout, dropped connection) is reconciled before anything is resent.
 */
export async function findTransactionByMerchantOid(
  client: HasoClient,
  customerId: string,
  merchantOid: string
): Promise<CustomerTransaction | undefined> {
  for (let pageNo = 1; pageNo <= MAX_PAGES; pageNo++) {
    const page = await client.getCustomerTransactions({ customerId, pageNo, pageSize: PAGE_SIZE })
    const found = page.Transactions.find((transaction) => transaction.MerchantOid === merchantOid)
    if (found || pageNo * PAGE_SIZE >= page.TotalCount || page.Transactions.length === 0) {
      return found
    }
  }
  return undefined
}
