import { generateEntityId, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { hasoDecimalToKurus, toKurus, type HasoClient } from "../haso"
import { isHasoProvider } from "../providers/haso/provider-id"
import { paymentDataSchema } from "../providers/haso/session-data"
import { compareLines } from "./compare"

/*
 * Each side of a reconciled day, written page by page into
 * haso_reconciliation_line (modules/haso/models/haso-reconciliation-line.ts):
 * Haso's detail (5.11.2) and Medusa's own records (captures and refund rows of
 * Haso payments). Nothing of a page outlives it, so memory stays flat however
 * large the day.
 */

export type LineSide = "haso" | "medusa"

export type Line = {
  side: LineSide
  kind: "transaction" | "refund"
  key: string
  merchant_oid: string
  transaction_code?: string | null
  refund_id?: string | null
  amount_kurus: number
  payment_id?: string | null
  order_id?: string | null
  unconfirmed?: boolean
}

export const transactionKey = (merchantOid: string) => `transaction:${merchantOid}`
export const refundKey = (refundId: string) => `refund:${refundId}`
/** A Medusa refund the ledger cannot tie to a Haso refundId: Haso never made it for this refund. */
export const orphanRefundKey = (medusaRefundId: string) => `refund-without-haso:${medusaRefundId}`

const TABLE = "haso_reconciliation_line"

/** The line table and the ledger's refundIds, in plain SQL (bulk work; see models/haso-reconciliation-line.ts). */
export class ReconciliationLines {
  constructor(private readonly db: Knex) {}

  async clear(date: string): Promise<void> {
    await this.db(TABLE).where({ date }).delete()
  }

  async insert(date: string, lines: Line[]): Promise<void> {
    if (!lines.length) return
    await this.db(TABLE).insert(
      lines.map((line) => ({
        id: generateEntityId(undefined, "hrcl"),
        date,
        side: line.side,
        kind: line.kind,
        key: line.key,
        merchant_oid: line.merchant_oid,
        transaction_code: line.transaction_code ?? null,
        refund_id: line.refund_id ?? null,
        amount_kurus: line.amount_kurus,
        raw_amount_kurus: JSON.stringify({ value: String(line.amount_kurus), precision: 20 }),
        payment_id: line.payment_id ?? null,
        order_id: line.order_id ?? null,
        unconfirmed: line.unconfirmed ?? false,
      }))
    )
  }

  /** Haso's refundId of each Medusa refund row, from the ledger. */
  async hasoRefundIdsOf(medusaRefundIds: string[]): Promise<Map<string, string>> {
    if (!medusaRefundIds.length) return new Map()
    const rows = await this.db("haso_payment_operation")
      .select("medusa_reference", "refund_id")
      .where({ kind: "refund", status: "succeeded" })
      .whereIn("medusa_reference", medusaRefundIds)
      .whereNull("deleted_at")
    return new Map(rows.map((row: { medusa_reference: string; refund_id: string }) => [row.medusa_reference, row.refund_id]))
  }

  compare(date: string, options?: { pageSize?: number; keep?: number }) {
    return compareLines(this.db, date, options)
  }
}

/** Haso's side: every page of 5.11.2. Installment collections are counted, not matched. */
export async function writeHasoLines(store: ReconciliationLines, client: HasoClient, date: string, pageSize = 500): Promise<{ lines: number; collections: number }> {
  const counts = { lines: 0, collections: 0 }
  for (let pageNo = 1; ; pageNo++) {
    const page = await client.getReconciliationDetail({ date, pageNo, pageSize })
    const lines: Line[] = []
    for (const item of page.Items) {
      const amount_kurus = hasoDecimalToKurus(item.Amount)
      const shared = { side: "haso" as const, merchant_oid: item.MerchantOid, transaction_code: item.TransactionCode, amount_kurus }
      if (item.Type === "Transaction") {
        lines.push({ ...shared, kind: "transaction", key: transactionKey(item.MerchantOid) })
      } else if (item.Type === "Refund" && item.RefundId) {
        lines.push({ ...shared, kind: "refund", key: refundKey(item.RefundId), refund_id: item.RefundId })
      } else {
        counts.collections++
      }
    }
    await store.insert(date, lines)
    counts.lines += lines.length
    if (page.Items.length < pageSize || pageNo * pageSize >= page.TotalCount) {
      return counts
    }
  }
}

type PaymentOfLine = { id: string; provider_id: string; data: unknown; captured_at?: Date | string | null; payment_collection_id?: string }

/**
 * Medusa's side: the day's capture rows and refund rows of Haso payments, with
 * Medusa's paged queries (keyset on id). A capture of a payment Medusa never
 * marked captured is flagged; a refund row is tied to Haso's refundId through
 * the ledger, or written as one Haso never made.
 */
export async function writeMedusaLines(
  container: MedusaContainer,
  store: ReconciliationLines,
  date: string,
  range: { from: Date; to: Date },
  pageSize = 500
): Promise<{ lines: number }> {
  const payments = container.resolve(Modules.PAYMENT)
  const created_at = { $gte: range.from.toISOString(), $lt: range.to.toISOString() }
  let written = 0

  for (let after = ""; ; ) {
    const captures = await payments.listCaptures(
      // Keyset paging (the types know no operators on id; the module passes them to the ORM).
      { created_at, ...(after ? { id: { $gt: after } } : {}) } as never,
      { relations: ["payment"], take: pageSize, order: { id: "ASC" } }
    )
    const orders = await ordersOf(container, captures.map((capture) => capture.payment as PaymentOfLine | undefined))
    const lines: Line[] = []
    for (const capture of captures) {
      const payment = capture.payment as PaymentOfLine | undefined
      const data = hasoData(payment)
      if (!payment || !data) continue
      lines.push({
        side: "medusa",
        kind: "transaction",
        key: transactionKey(data.merchant_oid),
        merchant_oid: data.merchant_oid,
        transaction_code: data.transaction_code,
        amount_kurus: toKurus(capture.raw_amount ?? capture.amount),
        payment_id: payment.id,
        order_id: orders.get(payment.payment_collection_id ?? "") ?? null,
        unconfirmed: !payment.captured_at,
      })
    }
    await store.insert(date, lines)
    written += lines.length
    if (captures.length < pageSize) break
    after = captures[captures.length - 1].id
  }

  for (let after = ""; ; ) {
    const refunds = await payments.listRefunds(
      // Keyset paging (the types know no operators on id; the module passes them to the ORM).
      { created_at, ...(after ? { id: { $gt: after } } : {}) } as never,
      { relations: ["payment"], take: pageSize, order: { id: "ASC" } }
    )
    const haso = refunds.filter((refund) => hasoData(refund.payment as PaymentOfLine | undefined))
    const refundIds = await store.hasoRefundIdsOf(haso.map((refund) => refund.id))
    const orders = await ordersOf(container, haso.map((refund) => refund.payment as PaymentOfLine | undefined))
    const lines: Line[] = haso.map((refund) => {
      const payment = refund.payment as PaymentOfLine
      const data = hasoData(payment)!
      const refundId = refundIds.get(refund.id)
      return {
        side: "medusa",
        kind: "refund",
        key: refundId ? refundKey(refundId) : orphanRefundKey(refund.id),
        merchant_oid: data.merchant_oid,
        transaction_code: data.transaction_code,
        refund_id: refundId ?? null,
        amount_kurus: toKurus(refund.raw_amount ?? refund.amount),
        payment_id: payment.id,
        order_id: orders.get(payment.payment_collection_id ?? "") ?? null,
      }
    })
    await store.insert(date, lines)
    written += lines.length
    if (refunds.length < pageSize) break
    after = refunds[refunds.length - 1].id
  }
  return { lines: written }
}

function hasoData(payment: PaymentOfLine | undefined) {
  if (!payment || !isHasoProvider(payment.provider_id)) return undefined
  const parsed = paymentDataSchema.safeParse(payment.data)
  return parsed.success ? parsed.data : undefined
}

/** The order of each payment collection on the page, in one query. */
async function ordersOf(container: MedusaContainer, payments: Array<PaymentOfLine | undefined>): Promise<Map<string, string>> {
  const ids = [...new Set(payments.flatMap((payment) => (payment && isHasoProvider(payment.provider_id) && payment.payment_collection_id ? [payment.payment_collection_id] : [])))]
  if (!ids.length) return new Map()
  const { data } = await container.resolve("query").graph({ entity: "payment_collection", fields: ["id", "order.id"], filters: { id: ids } })
  return new Map((data as Array<{ id: string; order?: { id: string } | null }>).flatMap((row) => (row.order ? [[row.id, row.order.id] as [string, string]] : [])))
}
