import { model } from "@medusajs/framework/utils"

/** The daily comparison of Haso's records (5.11) with Medusa's; one per day. */
export const HasoReconciliation = model.define("haso_reconciliation", {
  id: model.id({ prefix: "hrec" }).primaryKey(),
  date: model.text().unique(),
  status: model.enum(["matched", "mismatched", "failed"]),
  matched_count: model.number().default(0),
  missing_in_medusa_count: model.number().default(0),
  missing_at_haso_count: model.number().default(0),
  amount_mismatch_count: model.number().default(0),
  /** Haso's 5.11.1 totals and ours. */
  summary: model.json(),
  /** Every line that did not match, by bucket. */
  mismatches: model.json(),
  duration_ms: model.number().default(0),
  error: model.text().nullable(),
})
