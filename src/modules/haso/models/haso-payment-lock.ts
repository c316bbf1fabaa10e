import { model } from "@medusajs/framework/utils"

/**
 * A lease on one Haso transaction, so that operations on it (two refunds at
 * once, a refund racing the sync) run one after the other across every Medusa
 * instance. A lease rather than a held database lock: waiting holds no
 * connection, and a crashed holder's lease simply runs out.
 */
export const HasoPaymentLock = model.define("haso_payment_lock", {
  id: model.text().primaryKey(),
  owner: model.text(),
  expires_at: model.dateTime(),
})
