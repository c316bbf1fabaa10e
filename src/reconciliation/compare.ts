import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/*
 * Compares the two sides of a day in the database, one page of keys at a
 * time, and names every difference. What both sides agree on is only counted.
 */

/** What kind of difference a mismatched item is. */
export type MismatchKind =
  /** Haso has it, Medusa has no record of it. */
  | "at_haso_only"
  /** A refund Haso made after its answer was lost; Medusa does not show it yet (the sync records it). */
  | "refund_not_recorded"
  /** Medusa has it, Haso does not. */
  | "in_medusa_only"
  /** A Medusa refund Haso never made for it (e.g. recorded twice, refunded once). */
  | "refund_not_at_haso"
  /** Both have it, for different amounts. */
  | "amount_differs"
  /** A Medusa capture its payment never confirmed (the process died during the Haso call). */
  | "capture_unconfirmed"

export type Mismatch = {
  kind: MismatchKind
  key: string
  type: "transaction" | "refund"
  merchant_oid: string
  transaction_code: string | null
  refund_id: string | null
  haso_amount_kurus: number | null
  medusa_amount_kurus: number | null
  payment_id: string | null
  order_id: string | null
}

export type Comparison = {
  matched_count: number
  counts: Record<MismatchKind, number>
  /** The first `keep` mismatches, for staff to open; counts hold them all. */
  mismatches: Mismatch[]
  totals: Record<"haso" | "medusa", { transaction_count: number; transaction_kurus: number; refund_count: number; refund_kurus: number }>
}

type Group = {
  key: string
  kind: "transaction" | "refund"
  merchant_oid: string
  transaction_code: string | null
  refund_id: string | null
  haso_kurus: string | null
  medusa_kurus: string | null
  haso_lines: string
  medusa_lines: string
  unconfirmed: boolean
  payment_id: string | null
  order_id: string | null
  recorded: boolean | null
}

export async function compareLines(db: Knex, date: string, { pageSize = 1000, keep = 500 } = {}): Promise<Comparison> {
  const result: Comparison = {
    matched_count: 0,
    counts: { at_haso_only: 0, refund_not_recorded: 0, in_medusa_only: 0, refund_not_at_haso: 0, amount_differs: 0, capture_unconfirmed: 0 },
    mismatches: [],
    totals: { haso: emptyTotals(), medusa: emptyTotals() },
  }
  for (let after = ""; ; ) {
    const { rows } = await db.raw<{ rows: Group[] }>(
      `SELECT l.key, min(l.kind) AS kind, min(l.merchant_oid) AS merchant_oid, min(l.transaction_code) AS transaction_code,
              min(l.refund_id) AS refund_id,
              sum(l.amount_kurus) FILTER (WHERE l.side = 'haso') AS haso_kurus,
              sum(l.amount_kurus) FILTER (WHERE l.side = 'medusa') AS medusa_kurus,
              count(*) FILTER (WHERE l.side = 'haso') AS haso_lines,
              count(*) FILTER (WHERE l.side = 'medusa') AS medusa_lines,
              bool_or(l.unconfirmed) AS unconfirmed, min(l.payment_id) AS payment_id, min(l.order_id) AS order_id,
              bool_and(o.recorded) AS recorded
         FROM haso_reconciliation_line l
         LEFT JOIN haso_payment_operation o ON o.refund_id = l.refund_id AND l.side = 'haso' AND o.deleted_at IS NULL
        WHERE l.date = ? AND l.key > ? AND l.deleted_at IS NULL
        GROUP BY l.key ORDER BY l.key LIMIT ?`,
      [date, after, pageSize]
    )
    for (const group of rows) {
      count(result, group)
      const kind = classify(group)
      if (!kind) {
        result.matched_count++
        continue
      }
      result.counts[kind]++
      if (result.mismatches.length < keep) {
        result.mismatches.push(toMismatch(kind, group))
      }
    }
    if (rows.length < pageSize) return result
    after = rows[rows.length - 1].key
  }
}

function classify(group: Group): MismatchKind | undefined {
  const atHaso = Number(group.haso_lines) > 0
  const inMedusa = Number(group.medusa_lines) > 0
  if (atHaso && !inMedusa) {
    return group.kind === "refund" && group.recorded === false ? "refund_not_recorded" : "at_haso_only"
  }
  if (!atHaso) {
    return group.kind === "refund" ? "refund_not_at_haso" : "in_medusa_only"
  }
  if (group.unconfirmed) return "capture_unconfirmed"
  return Number(group.haso_kurus) === Number(group.medusa_kurus) ? undefined : "amount_differs"
}

function toMismatch(kind: MismatchKind, group: Group): Mismatch {
  const amount = (value: string | null) => (value === null ? null : Number(value))
  return {
    kind,
    key: group.key,
    type: group.kind,
    merchant_oid: group.merchant_oid,
    transaction_code: group.transaction_code,
    refund_id: group.refund_id,
    haso_amount_kurus: amount(group.haso_kurus),
    medusa_amount_kurus: amount(group.medusa_kurus),
    payment_id: group.payment_id,
    order_id: group.order_id,
  }
}

function emptyTotals() {
  return { transaction_count: 0, transaction_kurus: 0, refund_count: 0, refund_kurus: 0 }
}

function count(result: Comparison, group: Group) {
  for (const side of ["haso", "medusa"] as const) {
    const lines = Number(group[`${side}_lines`])
    if (!lines) continue
    const totals = result.totals[side]
    const kurus = Number(group[`${side}_kurus`])
    if (group.kind === "transaction") {
      totals.transaction_count += lines
      totals.transaction_kurus += kurus
    } else {
      totals.refund_count += lines
      totals.refund_kurus += kurus
    }
  }
}
