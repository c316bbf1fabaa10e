import { MathBN, MedusaError } from "@medusajs/framework/utils"
import type { BigNumberInput } from "@medusajs/framework/types"
import { hasoAnswerOf, hasoRefusal, isLostAnswer, toStaffError } from "../../errors"
import {
  HasoCodes,
  exactAmount,
  isHasoError,
  kurusToMajor,
  kurusToRefund,
  refundIdFor,
  type HasoClient,
} from "../../haso"
import { formatHasoAction, formatLira } from "../../i18n/messages"
import type { LedgerDeps, LedgerOperation } from "../../ledger/payment-ledger"
import { currentLocale } from "../../request-context"
import { operationOf } from "./authorize"
import { paymentAmountOf, type HasoPaymentData } from "./session-data"

type Deps = LedgerDeps

export type RefundRequest = {
  payment: HasoPaymentData
  amount: BigNumberInput
  /** Medusa's refund id (ref_…), the same on Medusa's own retries of this refund. */
  medusaReference?: string
}

/**
 * Refunds at Haso exactly once for a Medusa refund, under the transaction's
 * lease, so simultaneous refunds (on any instance) take turns and each gets
 * its own refundId. The ledger, not Medusa's payment data (read before Medusa
 * locks the payment), says what was refunded before:
 * - a refund whose answer was lost is looked up (5.8) before anything new is sent;
 * - a refund Haso made after its answer was lost is adopted by the retry that asks
 *   for the same amount, never sent twice;
 * - kuruş are sent so that both sides' totals stay equal (haso/money.ts kurusToRefund).
 * Done is reported only when Haso made the refund for this request.
 */
export async function refundOnce(deps: Deps, request: RefundRequest): Promise<LedgerOperation> {
  return deps.ledger.withLock(request.payment.merchant_oid, () => refundHoldingLock(deps, request))
}

/** refundOnce's work, for a caller that already holds the transaction's lease (leases are not re-entrant). */
export async function refundHoldingLock(deps: Deps, request: RefundRequest): Promise<LedgerOperation> {
  const { payment } = request
  const requested = exactAmount(request.amount)
  if (!MathBN.gt(requested, 0)) {
    throw hasoRefusal(MedusaError.Types.INVALID_DATA, "haso_refund_too_small", { amount: lira(0) })
  }
  let refunds = (await deps.ledger.operations(payment.merchant_oid)).filter((operation) => operation.kind === "refund")
  const again = refunds.find((operation) => operation.status === "succeeded" && request.medusaReference && operation.medusa_reference === request.medusaReference)
  if (again) {
    return again
  }
  for (const open of refunds.filter((operation) => operation.status === "pending" || operation.status === "unknown")) {
    await resolveRefund(deps, payment, open)
  }
  refunds = (await deps.ledger.operations(payment.merchant_oid)).filter((operation) => operation.kind === "refund")
  const done = refunds.filter((operation) => operation.status === "succeeded")
  const recorded = done.filter((operation) => operation.recorded)
  // What this request stands for at Haso, as if refunds Medusa does not know of were not there.
  const amountKurus = kurusToRefund({
    requested,
    refundedBefore: recorded.reduce((sum, operation) => MathBN.add(sum, operation.medusa_amount ?? kurusToMajor(operation.amount_kurus ?? 0)), MathBN.convert(0)),
    paymentAmount: paymentAmountOf(payment),
    orderKurus: payment.amount_kurus,
    hasoRefundedKurus: sumKurus(recorded),
  })

  const unrecorded = done.find((operation) => !operation.recorded)
  if (unrecorded) {
    if (unrecorded.amount_kurus !== amountKurus) {
      throw hasoRefusal(MedusaError.Types.NOT_ALLOWED, "haso_refund_unrecorded", {
        refund_id: unrecorded.refund_id ?? "",
        amount: lira(unrecorded.amount_kurus ?? 0),
      })
    }
    // Haso made this refund for an earlier attempt whose answer was lost: this request records it.
    return deps.ledger.settle(unrecorded.id, { recorded: true, medusa_reference: request.medusaReference, medusa_amount: requested })
  }
  const hasoRefundedKurus = sumKurus(done)
  const refundable = payment.amount_kurus - hasoRefundedKurus
  if (amountKurus <= 0) {
    throw hasoRefusal(MedusaError.Types.INVALID_DATA, "haso_refund_too_small", { amount: formatLira(Number(requested), currentLocale()) })
  }
  if (amountKurus > refundable) {
    throw hasoRefusal(MedusaError.Types.INVALID_DATA, "haso_refund_exceeds", { amount: lira(amountKurus), refundable: lira(refundable) })
  }

  // Every attempt gets the next number; a number Haso never used is not reused either.
  const refundId = refundIdFor(payment.merchant_oid, refunds.length + 1)
  const operation = await deps.ledger.record({
    ...operationOf(payment),
    kind: "refund",
    status: "pending",
    refund_id: refundId,
    amount_kurus: amountKurus,
    medusa_amount: requested,
    medusa_reference: request.medusaReference ?? null,
  })
  const reference = { merchantOid: payment.merchant_oid, transactionCode: payment.transaction_code }
  try {
    await deps.client.refundTransaction({ ...reference, refundAmount: String(amountKurus), refundId })
    return await deps.ledger.settle(operation.id, { status: "succeeded", recorded: true })
  } catch (error) {
    if (!isLostAnswer(error) && !isHasoError(error, HasoCodes.RefundAlreadyMade)) {
      await deps.ledger.settle(operation.id, { status: "failed", ...hasoAnswerOf(error) })
      throw toStaffError(error, "refund")
    }
    // The answer was lost: ask Haso whether it made this refund.
    const made = await checkRefund(deps.client, reference, refundId)
    if (made === true) {
      return await deps.ledger.settle(operation.id, { status: "succeeded", recorded: true })
    }
    await deps.ledger.settle(operation.id, { status: "unknown", ...hasoAnswerOf(error) })
    throw toStaffError(error, "refund")
  }
}

/**
 * Settles a refund whose outcome was open: made (Haso has it: it becomes an
 * unrecorded refund, for Medusa to record) or not made. A refund Haso does not
 * have yet may still arrive late, so it stays open until the grace period has
 * passed, and the caller is told to try again.
 */
export async function resolveRefund(deps: Deps, payment: Pick<HasoPaymentData, "merchant_oid" | "transaction_code">, open: LedgerOperation): Promise<LedgerOperation> {
  const reference = { merchantOid: payment.merchant_oid, transactionCode: open.transaction_code ?? payment.transaction_code }
  const made = await checkRefund(deps.client, reference, open.refund_id ?? "")
  if (made === true) {
    return deps.ledger.settle(open.id, { status: "succeeded", recorded: false })
  }
  if (made === false && Date.now() - open.created_at.getTime() > deps.outcomeGraceMs) {
    return deps.ledger.settle(open.id, { status: "abandoned" })
  }
  throw hasoRefusal(MedusaError.Types.UNEXPECTED_STATE, "haso_outcome_pending", { action: formatHasoAction("refund", currentLocale()) }, "haso_unavailable")
}

/** Whether Haso holds this refund (5.8): true, false (H308), or undefined when Haso cannot tell us now. */
async function checkRefund(client: HasoClient, reference: { merchantOid: string; transactionCode: string }, refundId: string): Promise<boolean | undefined> {
  try {
    await client.checkRefund({ ...reference, refundId })
    return true
  } catch (error) {
    if (isHasoError(error, HasoCodes.RefundNotFound)) {
      return false
    }
    return undefined
  }
}

function sumKurus(operations: LedgerOperation[]): number {
  return operations.reduce((sum, operation) => sum + (operation.amount_kurus ?? 0), 0)
}

function lira(kurus: number): string {
  return formatLira(kurusToMajor(kurus), currentLocale())
}
