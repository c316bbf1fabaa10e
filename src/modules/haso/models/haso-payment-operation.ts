import { model } from "@medusajs/framework/utils"

/**
 * The ledger of every state-changing call the payment provider makes to Haso
 * for a payment: create, activate (capture), refund, cancel, drop. Written
 * before Haso is asked and settled after, so a lost answer, a crash or a late
 * Haso is still on record: retries reuse its refundId instead of refunding
 * twice, the periodic sync settles it, the order's history shows it. Written
 * by `src/ledger` (also from inside the payment provider, which cannot reach
 * this module but gets the database connection).
 */
export const HasoPaymentOperation = model
  .define("haso_payment_operation", {
    id: model.id({ prefix: "hpop" }).primaryKey(),
    merchant_oid: model.text(),
    transaction_code: model.text().nullable(),
    haso_customer_id: model.text().nullable(),
    /** Medusa's payment, once there is one. */
    payment_id: model.text().nullable(),
    kind: model.enum(["create", "capture", "refund", "cancel", "drop"]),
    /** unknown: Haso's answer was lost; abandoned: Haso confirmed it never happened. */
    status: model.enum(["pending", "succeeded", "failed", "unknown", "abandoned"]),
    /** Haso's refundId (refunds only): `<merchantOid>-R<n>`. */
    refund_id: model.text().unique().nullable(),
    /** Medusa's id for the same operation: ref_ (refund), capt_ (capture), pay_/payses_ (cancel). */
    medusa_reference: model.text().nullable(),
    amount_kurus: model.bigNumber().nullable(),
    /** The amount Medusa asked for, exact, in lira (it may hold fractions of a kuruş). */
    medusa_amount: model.text().nullable(),
    /** Medusa holds a record of it (refund row, capture). False for what Haso did after its answer was lost. */
    recorded: model.boolean().default(false),
    haso_code: model.text().nullable(),
    haso_message: model.text().nullable(),
    actor_id: model.text().nullable(),
    actor_type: model.text().nullable(),
    settled_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["merchant_oid"] },
    { on: ["payment_id"], where: "payment_id IS NOT NULL" },
    { on: ["status"], where: "status IN ('pending', 'unknown')" },
  ])
