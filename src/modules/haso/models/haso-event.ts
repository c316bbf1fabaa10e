import { model } from "@medusajs/framework/utils"

/**
 * What the store told Haso outside checkout (enforcement, collections,
 * customer administration), who did it and what Haso answered: an order's or
 * a customer's Haso history.
 */
export const HasoEvent = model
  .define("haso_event", {
    id: model.id({ prefix: "hevt" }).primaryKey(),
    type: model.text(),
    /** pending while Haso is asked; unknown when its answer was lost; reverted when compensated. */
    status: model.enum(["pending", "succeeded", "failed", "unknown", "reverted"]),
    order_id: model.text().nullable(),
    customer_id: model.text().nullable(),
    transaction_code: model.text().nullable(),
    merchant_oid: model.text().nullable(),
    amount: model.bigNumber().nullable(),
    haso_code: model.text().nullable(),
    message: model.text().nullable(),
    actor_id: model.text().nullable(),
    /** Makes a repeated request for the same operation recognisable. */
    idempotency_key: model.text().unique().nullable(),
    data: model.json().nullable(),
  })
  .indexes([
    { on: ["order_id"], where: "order_id IS NOT NULL" },
    { on: ["customer_id"], where: "customer_id IS NOT NULL" },
  ])
