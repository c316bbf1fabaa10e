import { MathBN } from "@medusajs/framework/utils"
import type { LedgerOperation } from "../../ledger/payment-ledger"
import type { HasoPaymentState } from "./haso-payment-state"

/**
 * A refund Haso made and Medusa recorded, under a Medusa refund that no
 * longer exists (its row was deleted when a later step of Medusa's refund
 * failed): Medusa must record it again.
 */
export function lostRecording(operation: LedgerOperation, payment: HasoPaymentState): boolean {
  return (
    operation.kind === "refund" &&
    operation.status === "succeeded" &&
    operation.recorded &&
    !!operation.medusa_reference?.startsWith("ref_") &&
    !payment.refund_ids.includes(operation.medusa_reference)
  )
}

/**
 * Whether a payment may be out of step with Haso, judged from Medusa's records
 * and the ledger alone (no Haso call): a payment in step is never synced, so
 * the sync costs Haso nothing for the orders that went right.
 */
export function needsSync(payment: HasoPaymentState, operations: LedgerOperation[]): boolean {
  const open = operations.some(
    (operation) =>
      (operation.status === "pending" || operation.status === "unknown") && operation.kind !== "drop"
  )
  const unrecordedRefund = operations.some(
    (operation) => (operation.kind === "refund" && operation.status === "succeeded" && !operation.recorded) || lostRecording(operation, payment)
  )
  if (open || unrecordedRefund) {
    return true
  }
  if (payment.canceled_at) {
    return false
  }
  const cancelledOrder = payment.order?.status === "canceled"
  if (cancelledOrder) {
    return !payment.capture_ids.length || MathBN.gt(MathBN.sub(payment.captured, payment.refunded), 0)
  }
  if (payment.capture_ids.length && !payment.captured_at) {
    return true // a capture that was never confirmed
  }
  return !payment.captured_at && payment.data.auto_capture && !!payment.order
}
