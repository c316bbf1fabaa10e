import { model } from "@medusajs/framework/utils"

/**
 * A Medusa customer's Haso account. Only what is safe to keep: Haso's customer
 * id and a snapshot of the limit. The TCKN and phone number never land here.
 */
export const HasoCustomer = model.define("haso_customer", {
  id: model.id({ prefix: "hcus" }).primaryKey(),
  customer_id: model.text().unique(),
  haso_customer_id: model.text().index(),
  /** How the limit was obtained: kkb, existing, predefined, kds or manual. */
  verification_method: model.text().default("kkb"),
  verified_at: model.dateTime(),
  limit_amount: model.bigNumber().nullable(),
  available_limit: model.bigNumber().nullable(),
  limit_checked_at: model.dateTime().nullable(),
  suspended: model.boolean().default(false),
})
