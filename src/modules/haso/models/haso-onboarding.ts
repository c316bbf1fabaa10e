import { model } from "@medusajs/framework/utils"
import { ONBOARDING_STATUSES } from "../onboarding-states"

/**
 * One storefront onboarding attempt (5.2.1 → 5.2.2/5.2.3). `reference` is what
 * the shopper sees; Haso's KkbRefNo stays on the server.
 */
export const HasoOnboarding = model.define("haso_onboarding", {
  id: model.id({ prefix: "hobr" }).primaryKey(),
  reference: model.text().unique(),
  customer_id: model.text().index(),
  kkb_ref_no: model.text(),
  status: model.enum([...ONBOARDING_STATUSES]).default("pin_sent"),
  /** Masked, e.g. 53******67, so the storefront can say where the PIN went. */
  phone_hint: model.text().nullable(),
  pin_attempts: model.number().default(0),
  expires_at: model.dateTime(),
  completed_at: model.dateTime().nullable(),
})
