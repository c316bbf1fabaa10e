import { MedusaError } from "@medusajs/framework/utils"
import type { AuthorizePaymentOutput, Logger } from "@medusajs/framework/types"
import {
  HasoCodes,
  HasoError,
  OrderStatus,
  TransactionStatus,
  cancellationRefundIdFor,
  findTransactionByMerchantOid,
  hasoDecimalToKurus,
  isHasoError,
  isRefundableStatus,
  type HasoClient,
  type RefundResult,
} from "../../haso"
import { formatTry, paymentStatusFor, planFromPayments, staffError } from "./mapping"
import { refundedKurus, type HasoPaymentData, type HasoSessionData } from "./session-data"

/*
 * What the provider and the order-cancel subscriber do to a Haso transaction
 * beyond a single call: recover one whose answer was lost, refund exactly
 * once, settle one that must not outlive its order.
 */

/** Payment data for a transaction found at Haso rather than created by this call. */
export async function adoptTransaction(client: HasoClient, session: HasoSessionData, transactionCode: string): Promise<AuthorizePaymentOutput> {
  const live = await client.getPaymentsOfTransaction({ merchantOid: session.merchant_oid, transactionCode })
  if (live.TransactionStatus === TransactionStatus.Cancelled) {
    throw new MedusaError(
      MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR,
      "An earlier attempt of this Haso payment was cancelled. Please choose Haso again to start a new payment."
    )
  }
  const now = new Date().toISOString()
  const data: HasoPaymentData = {
    ...session,
    transaction_code: transactionCode,
    transaction_status: live.TransactionStatus,
    total_amount: live.TotalAmount,
    fee: session.selected_installment?.fee ?? 0,
    down_payment: session.selected_installment?.down_payment ?? 0,
    down_payment_type: null,
    plan: planFromPayments(live.Payments),
    authorized_at: now,
    activated_at: live.TransactionStatus === TransactionStatus.AwaitingOrderStatus ? null : now,
    cancelled_at: null,
    refunds: [],
  }
  return { status: paymentStatusFor(live.TransactionStatus), data }
}

/**
 * CreateTransaction failed without telling us whether Haso created it: a
 * lost answer, or H204 for a merchantOid we used before. Find the transaction
 * (H204 names it; otherwise 5.9) and adopt it, so a retry never opens a
 * second transaction. Undefined when there is nothing to adopt.
 */
export async function recoverCreatedTransaction(
  client: HasoClient,
  logger: Logger,
  session: HasoSessionData,
  error: unknown
): Promise<AuthorizePaymentOutput | undefined> {
  const lostAnswer = error instanceof HasoError && error.isTransport
  if (!lostAnswer && !isHasoError(error, HasoCodes.DuplicateMerchantOid)) {
    return undefined
  }
  try {
    const named = (error as HasoError).data?.TransactionCode
    const code =
      typeof named === "string" && named
        ? named
        : (await findTransactionByMerchantOid(client, session.haso_customer_id, session.merchant_oid))?.TransactionCode
    return code ? await adoptTransaction(client, session, code) : undefined
  } catch (recoveryError) {
    if (recoveryError instanceof MedusaError) {
      throw recoveryError
    }
    logger.warn(`haso: could not reconcile ${session.merchant_oid} after a failed CreateTransaction: ${(recoveryError as Error).message}`)
    return undefined
  }
}

/**
 * Sends a refund at most once per refundId. H307 or a lost answer means
 * "maybe done": CheckRefund decides, and a refund Haso already holds counts
 * as done.
 */
export async function refundOnce(client: HasoClient, payment: HasoPaymentData, refundId: string, amountKurus: number): Promise<RefundResult> {
  const reference = { merchantOid: payment.merchant_oid, transactionCode: payment.transaction_code }
  try {
    return await client.refundTransaction({ ...reference, refundAmount: String(amountKurus), refundId })
  } catch (error) {
    const maybeDone = isHasoError(error, HasoCodes.RefundAlreadyMade) || (error instanceof HasoError && error.isTransport)
    if (!maybeDone) {
      throw staffError(error, "refund the Haso transaction")
    }
    let existing: RefundResult
    try {
      existing = await client.checkRefund({ ...reference, refundId })
    } catch (checkError) {
      throw staffError(isHasoError(checkError, HasoCodes.RefundNotFound) ? error : checkError, "refund the Haso transaction")
    }
    if (existing.RefundAmount !== undefined && hasoDecimalToKurus(existing.RefundAmount) !== amountKurus) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Haso already holds refund ${refundId} of ${formatTry(hasoDecimalToKurus(existing.RefundAmount))}, not the ${formatTry(amountKurus)} asked for. Refund exactly that amount to record it in Medusa.`
      )
    }
    return existing
  }
}

/** The payment data after a refund Haso confirmed. */
export function withRefund(payment: HasoPaymentData, refundId: string, amountKurus: number, result: RefundResult): HasoPaymentData {
  const refunds = [
    ...payment.refunds,
    { refund_id: refundId, amount_kurus: amountKurus, haso_refund_amount: result.hasoRefundAmount, refunded_at: new Date().toISOString() },
  ]
  const fullyRefunded = refunds.reduce((sum, refund) => sum + refund.amount_kurus, 0) >= payment.amount_kurus
  return {
    ...payment,
    refunds,
    transaction_status: fullyRefunded ? TransactionStatus.Cancelled : TransactionStatus.PartiallyRefunded,
  }
}

export type Settlement = { action: "dropped" | "refunded" | "none"; data: HasoPaymentData; refunded_kurus?: number }

/**
 * Makes sure a payment's transaction is closed at Haso, reading its live
 * status first: a waiting one is dropped (5.4, 2), an active one refunded in
 * full under one refundId per payment (so a retry refunds once), a cancelled
 * one left alone. A completed or enforced transaction cannot be closed.
 */
export async function settleTransaction(client: HasoClient, payment: HasoPaymentData): Promise<Settlement> {
  const reference = { merchantOid: payment.merchant_oid, transactionCode: payment.transaction_code }
  const live = await client.getPaymentsOfTransaction(reference)
  const cancelledAt = payment.cancelled_at ?? new Date().toISOString()
  if (live.TransactionStatus === TransactionStatus.AwaitingOrderStatus) {
    await client.updateTransaction({ ...reference, orderStatus: OrderStatus.Cancelled })
    return { action: "dropped", data: { ...payment, transaction_status: TransactionStatus.Cancelled, cancelled_at: cancelledAt } }
  }
  if (isRefundableStatus(live.TransactionStatus as TransactionStatus)) {
    const remaining = payment.amount_kurus - refundedKurus(payment)
    const refundId = cancellationRefundIdFor(payment.merchant_oid)
    const result = await refundOnce(client, payment, refundId, remaining)
    return { action: "refunded", data: { ...withRefund(payment, refundId, remaining, result), cancelled_at: cancelledAt }, refunded_kurus: remaining }
  }
  if (live.TransactionStatus === TransactionStatus.Cancelled) {
    return { action: "none", data: { ...payment, transaction_status: TransactionStatus.Cancelled, cancelled_at: cancelledAt } }
  }
  throw new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    `Haso transaction ${payment.transaction_code} is in status ${live.TransactionStatus} and can no longer be cancelled.`
  )
}

/** Drops the session's transaction at Haso if one exists and still waits for its order. */
export async function dropWaitingTransaction(client: HasoClient, session: HasoSessionData, knownCode?: string): Promise<void> {
  const code = knownCode ?? (await findTransactionByMerchantOid(client, session.haso_customer_id, session.merchant_oid))?.TransactionCode
  if (!code) {
    return
  }
  try {
    await client.updateTransaction({ merchantOid: session.merchant_oid, transactionCode: code, orderStatus: OrderStatus.Cancelled })
  } catch (error) {
    // An active transaction answers H208: it belongs to an order and is not ours to drop here.
    if (!isHasoError(error, HasoCodes.StatusNotAllowed)) {
      throw error
    }
  }
}
