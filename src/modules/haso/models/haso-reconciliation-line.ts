import { model } from "@medusajs/framework/utils"

/**
 * One side's record of one money movement of a reconciled day: a transaction
 * activated (a capture in Medusa) or a refund, keyed by what both sides share
 * (merchantOid, refundId). Both sides are written here page by page and
 * compared in the database, so a day of any size is reconciled in flat memory.
 * Replaced when the day is reconciled again.
 */
export const HasoReconciliationLine = model
  .define("haso_reconciliation_line", {
    id: model.id({ prefix: "hrcl" }).primaryKey(),
    date: model.text(),
    side: model.enum(["haso", "medusa"]),
    kind: model.enum(["transaction", "refund"]),
    key: model.text(),
    merchant_oid: model.text(),
    transaction_code: model.text().nullable(),
    refund_id: model.text().nullable(),
    amount_kurus: model.bigNumber(),
    payment_id: model.text().nullable(),
    order_id: model.text().nullable(),
    /** A Medusa capture whose payment Medusa never marked captured (a crash mid-capture). */
    unconfirmed: model.boolean().default(false),
  })
  .indexes([{ on: ["date", "key"] }])
