import { MedusaError } from "@medusajs/framework/utils"
import { hasoAnswerOf, hasoRefusal, isLostAnswer, toStaffError } from "../../errors"
import {
  HasoCodes,
  OrderStatus,
  TransactionStatus,
  findTransactionByMerchantOid,
  isHasoError,
  isRefundableStatus,
} from "../../haso"
import type { LedgerDeps, LedgerOperation } from "../../ledger/payment-ledger"
import { operationOf } from "./authorize"
import { refundHoldingLock } from "./refund"
import { paymentAmountOf, type HasoPaymentData } from "./session-data"

/*
 * Activation, cancellation and dropping: the provider's capture and cancel,
 * and what the sync does for payments whose two sides fell apart. Each runs
 * under the transaction's lease and leaves its trace in the ledger.
 */

/** Activates the transaction (5.4, 1) for a Medusa capture. Repeating it is harmless at Haso (S.6). */
export async function activateOnce(deps: LedgerDeps, payment: HasoPaymentData, medusaReference?: string): Promise<HasoPaymentData> {
  if (payment.activated_at) {
    return payment
  }
  return deps.ledger.withLock(payment.merchant_oid, async () => {
    const operation = await deps.ledger.record({ ...operationOf(payment), kind: "capture", status: "pending", medusa_reference: medusaReference ?? null })
    const reference = { merchantOid: payment.merchant_oid, transactionCode: payment.transaction_code }
    let status: number
    try {
      status = (await deps.client.updateTransaction({ ...reference, orderStatus: OrderStatus.Approved })).TransactionStatus
    } catch (error) {
      const live = await deps.client.getPaymentsOfTransaction(reference).then(
        (answer) => answer.TransactionStatus,
        () => undefined
      )
      if (live === TransactionStatus.Cancelled) {
        await deps.ledger.settle(operation.id, { status: "failed", ...hasoAnswerOf(error) })
        throw hasoRefusal(MedusaError.Types.NOT_ALLOWED, "haso_transaction_cancelled", { transaction_code: payment.transaction_code })
      }
      if (live === undefined || live === TransactionStatus.AwaitingOrderStatus) {
        const outcome = isLostAnswer(error) ? "unknown" : "failed"
        await deps.ledger.settle(operation.id, { status: outcome, ...hasoAnswerOf(error) })
        throw toStaffError(error, "activate")
      }
      // The answer was lost but Haso activated it.
      status = live
    }
    await deps.ledger.settle(operation.id, { status: "succeeded", recorded: true })
    return { ...payment, transaction_status: status, activated_at: new Date().toISOString() }
  })
}

export type Closed = { data: HasoPaymentData; action: "dropped" | "refunded" | "none"; refund?: LedgerOperation }

/**
 * Makes sure a cancelled Medusa payment's transaction is closed at Haso,
 * reading its live status first: a waiting one is dropped (5.4, 2), an active
 * one refunded for what Haso still holds, a cancelled one left alone. A
 * completed or enforced transaction cannot be closed.
 */
export async function closeTransaction(deps: LedgerDeps, payment: HasoPaymentData, medusaReference?: string): Promise<Closed> {
  return deps.ledger.withLock(payment.merchant_oid, async () => {
    const reference = { merchantOid: payment.merchant_oid, transactionCode: payment.transaction_code }
    const cancelledAt = payment.cancelled_at ?? new Date().toISOString()
    const cancelled = { ...payment, transaction_status: TransactionStatus.Cancelled, cancelled_at: cancelledAt }
    let live: number
    try {
      live = (await deps.client.getPaymentsOfTransaction(reference)).TransactionStatus
    } catch (error) {
      throw toStaffError(error, "cancel")
    }
    if (live === TransactionStatus.AwaitingOrderStatus) {
      const operation = await deps.ledger.record({ ...operationOf(payment), kind: "cancel", status: "pending", medusa_reference: medusaReference ?? null })
      try {
        await deps.client.updateTransaction({ ...reference, orderStatus: OrderStatus.Cancelled })
      } catch (error) {
        await deps.ledger.settle(operation.id, { status: isLostAnswer(error) ? "unknown" : "failed", ...hasoAnswerOf(error) })
        throw toStaffError(error, "cancel")
      }
      await deps.ledger.settle(operation.id, { status: "succeeded", recorded: true })
      return { data: cancelled, action: "dropped" }
    }
    if (isRefundableStatus(live as TransactionStatus)) {
      // Medusa is cancelling a payment it never saw captured, but Haso activated it: give all of it back.
      const refund = await refundHoldingLock(deps, { payment, amount: paymentAmountOf(payment), medusaReference })
      return { data: cancelled, action: "refunded", refund }
    }
    if (live === TransactionStatus.Cancelled) {
      return { data: cancelled, action: "none" }
    }
    throw hasoRefusal(MedusaError.Types.NOT_ALLOWED, "haso_transaction_closed", { transaction_code: payment.transaction_code, status: live })
  })
}

/**
 * Drops, in the background, the waiting transaction of a payment session that
 * never became a payment (the cart changed after an authorization whose answer
 * was lost). Haso is searched (5.9) with a bound; what is not found is given
 * up once a late creation can no longer arrive.
 */
export async function dropAbandoned(deps: LedgerDeps, drop: LedgerOperation): Promise<LedgerOperation> {
  return deps.ledger.withLock(drop.merchant_oid, async () => {
    let code = drop.transaction_code
    if (!code && drop.haso_customer_id) {
      code = (await findTransactionByMerchantOid(deps.client, drop.haso_customer_id, drop.merchant_oid))?.TransactionCode ?? null
    }
    if (!code) {
      const late = Date.now() - drop.created_at.getTime() <= deps.outcomeGraceMs
      return late ? drop : deps.ledger.settle(drop.id, { status: "abandoned" })
    }
    try {
      await deps.client.updateTransaction({ merchantOid: drop.merchant_oid, transactionCode: code, orderStatus: OrderStatus.Cancelled })
      return await deps.ledger.settle(drop.id, { status: "succeeded", transaction_code: code, recorded: true })
    } catch (error) {
      if (isHasoError(error, HasoCodes.StatusNotAllowed)) {
        // Active: it belongs to an order after all, and the order's payment is the sync's business.
        return deps.ledger.settle(drop.id, { status: "failed", transaction_code: code, haso_code: HasoCodes.StatusNotAllowed })
      }
      throw error
    }
  })
}
