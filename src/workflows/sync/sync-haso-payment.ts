import { MathBN, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { capturePaymentWorkflow, refundPaymentsWorkflow, refundPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { toStaffError } from "../../errors"
import { TransactionStatus, isRefundableStatus, kurusToMajor } from "../../haso"
import type { LedgerOperation } from "../../ledger/payment-ledger"
import { HASO_MODULE, type HasoModuleService } from "../../modules/haso"
import { resolveRefund } from "../../providers/haso/refund"
import { loadHasoPayment, type HasoPaymentState } from "./haso-payment-state"
import { lostRecording } from "./needs-sync"

/*
 * Brings one Medusa payment back in step with its Haso transaction, reading
 * Haso's state (5.5, 5.8) rather than guessing, and changing Medusa only
 * through Medusa's own workflows, so orders, payment collections and events
 * stay right. Safe to run any number of times: what is in step is left alone.
 */

export type SyncAction =
  | "outcome_settled"
  | "unconfirmed_capture_removed"
  | "captured"
  | "refund_recorded"
  | "refunded_for_cancelled_order"
  | "cancelled"

export type SyncResult = {
  payment_id: string
  order_id: string | null
  haso_status: number | null
  actions: Array<{ action: SyncAction; amount?: string; detail?: string }>
}

const ACTIVE = new Set<number>([TransactionStatus.Active, TransactionStatus.PartiallyRefunded, TransactionStatus.Completed, TransactionStatus.InExecution])

/** Syncs one payment; syncs of the same payment (the job, a subscriber, staff) take turns on every instance. */
export async function syncHasoPayment(container: MedusaContainer, paymentId: string): Promise<SyncResult> {
  const locking = container.resolve(Modules.LOCKING)
  return locking.execute(`haso-sync:${paymentId}`, () => syncUnlocked(container, paymentId), { timeout: 120 })
}

async function syncUnlocked(container: MedusaContainer, paymentId: string): Promise<SyncResult> {
  const haso = container.resolve<HasoModuleService>(HASO_MODULE)
  const payments = container.resolve(Modules.PAYMENT)
  const deps = haso.ledgerDeps
  let payment = await loadHasoPayment(container, paymentId)
  const result: SyncResult = { payment_id: paymentId, order_id: payment?.order?.id ?? null, haso_status: null, actions: [] }
  if (!payment) {
    return result
  }
  const { merchant_oid, transaction_code } = payment.data
  const live = await deps.client.getPaymentsOfTransaction({ merchantOid: merchant_oid, transactionCode: transaction_code }).catch((error) => {
    throw toStaffError(error, "sync")
  })
  result.haso_status = live.TransactionStatus
  const hasoActive = ACTIVE.has(live.TransactionStatus)

  // 1. Calls whose answer was lost: Haso's state now says what happened.
  const operations = await deps.ledger.operations(merchant_oid)
  for (const operation of operations) {
    if (operation.status !== "pending" && operation.status !== "unknown") continue
    const retried = operations.some((later) => later.kind === operation.kind && later.status === "succeeded" && later.created_at > operation.created_at)
    if (await settleOutcome(deps, payment, operation, live.TransactionStatus, retried)) {
      result.actions.push({ action: "outcome_settled", detail: `${operation.kind} ${operation.refund_id ?? ""}`.trim() })
    }
  }

  const orderCancelled = payment.order?.status === "canceled"
  // 2. A capture Medusa started but never confirmed: its process died during the Haso call. A
  // capture still in flight holds the transaction's lease, so only one older than a lease counts.
  const capturedLongAgo = payment.last_capture_at && Date.now() - new Date(payment.last_capture_at).getTime() > deps.ledger.leaseMs
  if (payment.capture_ids.length && !payment.captured_at && !payment.canceled_at && capturedLongAgo) {
    await payments.deleteCaptures(payment.capture_ids)
    result.actions.push({ action: "unconfirmed_capture_removed", amount: payment.captured })
    payment = { ...payment, capture_ids: [], captured: "0" }
  }
  // 3. Haso activated it (late, or at checkout with the answer lost), or autoCapture still owes it.
  const owesCapture = hasoActive || (live.TransactionStatus === TransactionStatus.AwaitingOrderStatus && payment.data.auto_capture)
  if (!payment.capture_ids.length && !payment.canceled_at && !orderCancelled && payment.order && owesCapture) {
    await capturePaymentWorkflow(container).run({ input: { payment_id: payment.id } })
    result.actions.push({ action: "captured", amount: payment.amount })
  }
  // 4. Refunds Haso made whose answer was lost, or that Medusa dropped after Haso had made them (its
  // refund row deleted when a later step failed): Medusa records them (the provider adopts, sending nothing).
  for (const refund of await deps.ledger.operations(merchant_oid)) {
    if (lostRecording(refund, payment)) {
      await deps.ledger.settle(refund.id, { recorded: false })
    }
  }
  for (const refund of await deps.ledger.operations(merchant_oid)) {
    if (refund.kind !== "refund" || refund.status !== "succeeded" || refund.recorded) continue
    const amount = refund.medusa_amount ?? kurusToMajor(refund.amount_kurus ?? 0).toString()
    await recordRefund(container, payment.id, amount, `Haso refund ${refund.refund_id}, recorded by the Haso sync after its answer was lost`, orderCancelled)
    result.actions.push({ action: "refund_recorded", amount, detail: refund.refund_id ?? undefined })
  }
  // 5. A cancelled order must leave nothing at Haso, and Medusa must show it.
  if (orderCancelled) {
    payment = (await loadHasoPayment(container, paymentId)) ?? payment
    const remaining = MathBN.sub(payment.captured, payment.refunded)
    if (payment.capture_ids.length && MathBN.gt(remaining, 0) && isRefundableStatus(live.TransactionStatus as TransactionStatus)) {
      await recordRefund(container, payment.id, remaining.toFixed(), "The order was cancelled; Haso refunded in full", true)
      result.actions.push({ action: "refunded_for_cancelled_order", amount: remaining.toFixed() })
    } else if (!payment.capture_ids.length && !payment.canceled_at) {
      await payments.cancelPayment(payment.id)
      result.actions.push({ action: "cancelled" })
    }
  }
  return result
}

/**
 * A refund through Medusa's own workflows: the one staff's Refund runs, or for
 * a cancelled order the one Medusa's cancel runs (no credit lines on a
 * cancelled order).
 */
async function recordRefund(container: MedusaContainer, paymentId: string, amount: string, note: string, orderCancelled: boolean) {
  if (orderCancelled) {
    await refundPaymentsWorkflow(container).run({ input: [{ payment_id: paymentId, amount, note }] })
  } else {
    await refundPaymentWorkflow(container).run({ input: { payment_id: paymentId, amount, note } })
  }
}

/** Settles one open ledger entry from Haso's state; true when it is settled now. */
async function settleOutcome(
  deps: HasoModuleService["ledgerDeps"],
  payment: HasoPaymentState,
  operation: LedgerOperation,
  hasoStatus: number,
  /** A later attempt of the same kind succeeded: it, not this one, did what Haso shows. */
  retried: boolean
): Promise<boolean> {
  const old = Date.now() - operation.created_at.getTime() > deps.outcomeGraceMs
  if (retried && operation.kind !== "refund") {
    await deps.ledger.settle(operation.id, { status: "abandoned" })
    return true
  }
  switch (operation.kind) {
    case "refund":
      return resolveRefund(deps, payment.data, operation).then(
        () => true,
        () => false // Haso cannot tell yet: the next run asks again
      )
    case "capture":
      if (ACTIVE.has(hasoStatus)) {
        await deps.ledger.settle(operation.id, { status: "succeeded" })
        return true
      }
      break
    case "cancel":
      if (hasoStatus === TransactionStatus.Cancelled) {
        await deps.ledger.settle(operation.id, { status: "succeeded" })
        return true
      }
      break
    case "create":
      // A Medusa payment exists, so the transaction was created.
      await deps.ledger.settle(operation.id, { status: "succeeded" })
      return true
    case "drop":
      return false
  }
  if (old) {
    await deps.ledger.settle(operation.id, { status: "abandoned" })
    return true
  }
  return false
}

const syncHasoPaymentStep = createStep("haso-sync-payment-step", async ({ payment_id }: { payment_id: string }, { container }) => {
  return new StepResponse(await syncHasoPayment(container, payment_id))
})

/** Brings a payment back in step with Haso (the order's "Sync with Haso", the subscribers and the periodic sync). */
export const syncHasoPaymentWorkflow = createWorkflow("haso-sync-payment", (input: { payment_id: string }) => {
  return new WorkflowResponse(syncHasoPaymentStep(input))
})
