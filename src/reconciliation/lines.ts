import { generateEntityId } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { hasoDecimalToKurus, toKurus, type HasoClient } from "../haso"
import { HASO_PROVIDER_PREFIX } from "../providers/haso/provider-id"
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
/*
 * Page and chunk sizes keep every string of a page (Haso's answer, the JSON
 * of an insert) under V8's 128 KB large-object size: large objects are only
 * freed by a full GC, and a million-transaction day would pile them up.
 */
const HASO_PAGE = 500
const MEDUSA_PAGE = 500
const INSERT_CHUNK = 250

/** The line table, in plain SQL (bulk work; see models/haso-reconciliation-line.ts). */
export class ReconciliationLines {
  constructor(readonly db: Knex) {}

  async clear(date: string): Promise<void> {
    await this.db(TABLE).where({ date }).delete()
  }

  /**
   * The rows travel as JSON arrays, one statement per INSERT_CHUNK rows (a
   * binding per column would cost 10× more). Chunks stay below V8's
   * large-object size, so nothing of a page outlives the next minor GC.
   */
  async insert(date: string, lines: Line[]): Promise<void> {
    for (let start = 0; start < lines.length; start += INSERT_CHUNK) {
      await this.insertChunk(date, lines.slice(start, start + INSERT_CHUNK))
    }
  }

  private async insertChunk(date: string, lines: Line[]): Promise<void> {
    // One generated id per page, numbered per row: an id each costs 0.1 ms (ulid), 100 s for a day of a million.
    const page = generateEntityId(undefined, "hrcl")
    const rows = lines.map((line, index) => ({
      id: `${page}${index.toString(36).padStart(4, "0")}`,
      side: line.side,
      kind: line.kind,
      key: line.key,
      merchant_oid: line.merchant_oid,
      transaction_code: line.transaction_code ?? null,
      refund_id: line.refund_id ?? null,
      amount_kurus: String(line.amount_kurus),
      payment_id: line.payment_id ?? null,
      order_id: line.order_id ?? null,
      unconfirmed: line.unconfirmed ?? false,
    }))
    await this.db.raw(
      `insert into ${TABLE} (id, date, side, kind, key, merchant_oid, transaction_code, refund_id, amount_kurus, raw_amount_kurus, payment_id, order_id, unconfirmed)
       select r.id, ?, r.side, r.kind, r.key, r.merchant_oid, r.transaction_code, r.refund_id, r.amount_kurus::numeric,
              jsonb_build_object('value', r.amount_kurus, 'precision', 20), r.payment_id, r.order_id, r.unconfirmed
         from jsonb_to_recordset(?::jsonb) as r(id text, side text, kind text, key text, merchant_oid text, transaction_code text,
              refund_id text, amount_kurus text, payment_id text, order_id text, unconfirmed boolean)`,
      [date, JSON.stringify(rows)]
    )
  }

  compare(date: string, options?: { pageSize?: number; keep?: number }) {
    return compareLines(this.db, date, options)
  }
}

/** Haso's side: every page of 5.11.2. Installment collections are counted, not matched. */
export async function writeHasoLines(store: ReconciliationLines, client: HasoClient, date: string, pageSize = HASO_PAGE): Promise<{ lines: number; collections: number }> {
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

type MedusaRow = {
  id: string
  amount: string
  raw_amount: { value?: string } | null
  payment_id: string
  merchant_oid: string
  transaction_code: string
  captured_at: Date | null
  order_id: string | null
  refund_id?: string | null
}

/*
 * Medusa's side is read straight from its tables (the payment module's
 * capture, refund and payment, the order <-> payment collection link) rather
 * than through listCaptures/listRefunds: the module services hydrate ORM
 * entities at about 1–2 s per 500 rows here, this query takes 10 ms, and a
 * day can hold a million transactions. Read-only; the HTTP reconciliation
 * tests create these rows through Medusa's own workflows, so a change of
 * Medusa's schema shows there.
 */
const MEDUSA_SIDE = {
  capture: `
    select c.id, c.amount, c.raw_amount, p.id as payment_id, p.captured_at, opc.order_id,
           p.data->>'merchant_oid' as merchant_oid, p.data->>'transaction_code' as transaction_code
      from capture c
      join payment p on p.id = c.payment_id and p.deleted_at is null
      left join order_payment_collection opc on opc.payment_collection_id = p.payment_collection_id and opc.deleted_at is null
     where c.deleted_at is null and c.created_at >= ? and c.created_at < ? and c.id > ?
       and starts_with(p.provider_id, ?) and p.data->>'merchant_oid' is not null and p.data->>'transaction_code' is not null
     order by c.id limit ?`,
  // Each refund row with Haso's refundId from the ledger, when the ledger ties one to it.
  refund: `
    select r.id, r.amount, r.raw_amount, p.id as payment_id, p.captured_at, opc.order_id,
           p.data->>'merchant_oid' as merchant_oid, p.data->>'transaction_code' as transaction_code, op.refund_id
      from refund r
      join payment p on p.id = r.payment_id and p.deleted_at is null
      left join order_payment_collection opc on opc.payment_collection_id = p.payment_collection_id and opc.deleted_at is null
      left join haso_payment_operation op on op.medusa_reference = r.id and op.kind = 'refund' and op.status = 'succeeded' and op.deleted_at is null
     where r.deleted_at is null and r.created_at >= ? and r.created_at < ? and r.id > ?
       and starts_with(p.provider_id, ?) and p.data->>'merchant_oid' is not null and p.data->>'transaction_code' is not null
     order by r.id limit ?`,
}

/**
 * Medusa's side: the day's capture rows and refund rows of Haso payments, page
 * by page (keyset on id). A capture of a payment Medusa never marked captured
 * is flagged; a refund row is tied to Haso's refundId through the ledger, or
 * written as one Haso never made.
 */
export async function writeMedusaLines(
  store: ReconciliationLines,
  date: string,
  range: { from: Date; to: Date },
  pageSize = MEDUSA_PAGE
): Promise<{ lines: number }> {
  let written = 0
  for (const kind of ["capture", "refund"] as const) {
    for (let after = ""; ; ) {
      const { rows } = (await store.db.raw(MEDUSA_SIDE[kind], [range.from, range.to, after, HASO_PROVIDER_PREFIX, pageSize])) as { rows: MedusaRow[] }
      await store.insert(date, rows.map((row) => (kind === "capture" ? captureLine(row) : refundLine(row))))
      written += rows.length
      if (rows.length < pageSize) break
      after = rows[rows.length - 1].id
    }
  }
  return { lines: written }
}

function medusaLine(row: MedusaRow) {
  return {
    side: "medusa" as const,
    merchant_oid: row.merchant_oid,
    transaction_code: row.transaction_code,
    amount_kurus: toKurus(row.raw_amount?.value ?? row.amount),
    payment_id: row.payment_id,
    order_id: row.order_id,
  }
}

function captureLine(row: MedusaRow): Line {
  return { ...medusaLine(row), kind: "transaction", key: transactionKey(row.merchant_oid), unconfirmed: !row.captured_at }
}

function refundLine(row: MedusaRow): Line {
  const key = row.refund_id ? refundKey(row.refund_id) : orphanRefundKey(row.id)
  return { ...medusaLine(row), kind: "refund", key, refund_id: row.refund_id ?? null }
}
