import { model } from "@medusajs/framework/utils"

/**
 * Fixed-window counters for the storefront abuse limits. In the database, so
 * every Medusa instance sees the same count.
 */
export const HasoRateLimit = model.define("haso_rate_limit", {
  id: model.id({ prefix: "hrl" }).primaryKey(),
  key: model.text().unique(),
  window_start: model.dateTime(),
  count: model.number().default(0),
})
