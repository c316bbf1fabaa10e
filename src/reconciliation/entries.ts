import { Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { hasoDecimalToKurus, toKurus, type HasoClient } from "../haso"
import { isHasoProvider } from "../providers/haso/provider-id"
import { paymentDataSchema } from "../providers/haso/session-data"

/**
 * One money movement both sides should know: a transaction activated
 * (a capture in Medusa) or a refund. `key` is what the two sides share.
 */
export type ReconciliationEntry = {
  key: string
  kind: "transaction" | "refund"
  amount_kurus: number
  merchant_oid: string
  transaction_code?: string | null
  refund_id?: string | null
  payment_id?: string | null
}

const transactionKey = (merchantOid: string) => `transaction:${merchantOid}`
const refundKey = (refundId: string) => `refund:${refundId}`

/** Haso's detail (5.11.2) for the day, page by page. Installment collections are counted, not matched. */
export async function* hasoEntries(
  client: HasoClient,
  date: string,
  counters: { collections: number },
  pageSize = 500
): AsyncGenerator<ReconciliationEntry> {
  for (let pageNo = 1; ; pageNo++) {
    const page = await client.getReconciliationDetail({ date, pageNo, pageSize })
    for (const item of page.Items) {
      const amount_kurus = hasoDecimalToKurus(item.Amount)
      if (item.Type === "Transaction") {
        yield { key: transactionKey(item.MerchantOid), kind: "transaction", amount_kurus, merchant_oid: item.MerchantOid, transaction_code: item.TransactionCode }
      } else if (item.Type === "Refund" && item.RefundId) {
        yield { key: refundKey(item.RefundId), kind: "refund", amount_kurus, merchant_oid: item.MerchantOid, transaction_code: item.TransactionCode, refund_id: item.RefundId }
      } else {
        counters.collections++
      }
    }
    if (page.Items.length < pageSize || pageNo * pageSize >= page.TotalCount) {
      return
    }
  }
}

/**
 * Medusa's side of the day, page by page: captures of Haso payments, and the
 * Haso refunds recorded in their payments' data (which carry Haso's refundId).
 */
export async function* medusaEntries(
  container: MedusaContainer,
  range: { from: Date; to: Date },
  pageSize = 500
): AsyncGenerator<ReconciliationEntry> {
  const payments = container.resolve(Modules.PAYMENT)
  const created_at = { $gte: range.from.toISOString(), $lt: range.to.toISOString() }
  for (let skip = 0; ; skip += pageSize) {
    const captures = await payments.listCaptures({ created_at }, { relations: ["payment"], take: pageSize, skip, order: { id: "ASC" } })
    for (const capture of captures) {
      const data = paymentDataSchema.safeParse(capture.payment?.data)
      if (capture.payment && isHasoProvider(capture.payment.provider_id) && data.success) {
        yield {
          key: transactionKey(data.data.merchant_oid),
          kind: "transaction",
          amount_kurus: toKurus(capture.raw_amount ?? capture.amount),
          merchant_oid: data.data.merchant_oid,
          transaction_code: data.data.transaction_code,
          payment_id: capture.payment.id,
        }
      }
    }
    if (captures.length < pageSize) {
      break
    }
  }
  const seen = new Set<string>()
  for (let skip = 0; ; skip += pageSize) {
    const refunds = await payments.listRefunds({ created_at }, { relations: ["payment"], take: pageSize, skip, order: { id: "ASC" } })
    for (const refund of refunds) {
      const payment = refund.payment
      if (!payment || seen.has(payment.id) || !isHasoProvider(payment.provider_id)) {
        continue
      }
      seen.add(payment.id)
      const data = paymentDataSchema.safeParse(payment.data)
      if (!data.success) {
        continue
      }
      for (const recorded of data.data.refunds) {
        const at = new Date(recorded.refunded_at)
        if (at >= range.from && at < range.to) {
          yield {
            key: refundKey(recorded.refund_id),
            kind: "refund",
            amount_kurus: recorded.amount_kurus,
            merchant_oid: data.data.merchant_oid,
            transaction_code: data.data.transaction_code,
            refund_id: recorded.refund_id,
            payment_id: payment.id,
          }
        }
      }
    }
    if (refunds.length < pageSize) {
      break
    }
  }
}
