import { HasoCodes } from "../../haso/contract/codes"
import { TransactionStatus } from "../../haso/contract/statuses"
import { hasoDay } from "../dates"
import { lira } from "../pricing"
import type { SandboxState, Transaction } from "../state"
import { fail, kurus, requireCustomer, requireStatus, requireTransaction, type Handlers } from "./common"

/* Refunds: 5.7 RefundTransaction and 5.8 CheckRefund. */

/**
 * Takes a partial refund off the unpaid installments, last one first. What the
 * unpaid installments cannot absorb was already paid by the customer: that is
 * `hasoRefundAmount`, for the merchant to give back to the card.
 */
function reduceInstallments(state: SandboxState, transaction: Transaction, amountKurus: number): number {
  let left = amountKurus
  for (const installment of [...transaction.payments].reverse()) {
    const cut = Math.min(left, state.unpaidKurus(installment))
    installment.amountKurus -= cut
    installment.feeKurus = Math.min(installment.feeKurus, installment.amountKurus)
    installment.cancelled ||= installment.amountKurus === 0
    left -= cut
  }
  return left
}

export const refundHandlers: Handlers<"refundTransaction" | "checkRefund"> = {
  refundTransaction(state, input) {
    const transaction = requireTransaction(state, input.merchantOid, input.transactionCode)
    // [doc, seed] a refundId that already succeeded is H307, whatever the transaction's state now.
    if (state.refunds.has(input.refundId)) {
      fail(HasoCodes.RefundAlreadyMade, `Refund ${input.refundId} was already made; read it with CheckRefund`)
    }
    requireStatus(transaction, [TransactionStatus.Active, TransactionStatus.PartiallyRefunded], "Refund")
    const requested = kurus(input.refundAmount, "refundAmount")
    if (requested === 0) {
      fail(HasoCodes.InvalidField, "refundAmount must be more than 0")
    }
    const refundable = transaction.orderAmountKurus - transaction.refundedKurus
    // [doc, seed] the order amount or more cancels everything; exactly what is left is full too (S.6).
    const full = requested >= transaction.orderAmountKurus || requested === refundable
    if (!full && requested > refundable) {
      fail(HasoCodes.RefundExceedsRefundable, `refundAmount is more than the ${lira(refundable)} TRY still refundable`)
    }
    const amountKurus = full ? refundable : requested
    let paidBackKurus: number
    let feeBackKurus = 0
    if (full) {
      paidBackKurus = transaction.payments.reduce((sum, installment) => sum + installment.paidKurus, 0)
      feeBackKurus = transaction.feeKurus
      transaction.payments.forEach((installment) => (installment.cancelled = true))
      transaction.status = TransactionStatus.Cancelled
    } else {
      paidBackKurus = reduceInstallments(state, transaction, amountKurus)
      transaction.totalKurus -= amountKurus
      transaction.status = TransactionStatus.PartiallyRefunded
    }
    transaction.refundedKurus += amountKurus
    state.giveLimit(requireCustomer(state, transaction.customerId), amountKurus)

    const createdAt = state.now()
    const answer = {
      Message: HasoCodes.Success,
      RefundId: input.refundId,
      RefundAmount: lira(amountKurus),
      hasoRefundAmount: lira(paidBackKurus),
      hasoRefundFeeAmount: lira(feeBackKurus),
      PaymentPlan: transaction.payments
        .filter((installment) => !installment.cancelled)
        .map((installment) => ({
          InstallmentNo: installment.installmentNo,
          installmentPayment: lira(installment.amountKurus),
          termDate: hasoDay(installment.termDate),
        })),
    }
    state.refunds.set(input.refundId, {
      refundId: input.refundId,
      transactionCode: transaction.transactionCode,
      merchantOid: transaction.merchantOid,
      amountKurus,
      full,
      createdAt,
      answer,
    })
    state.record({
      type: "Refund",
      at: createdAt,
      transactionCode: transaction.transactionCode,
      merchantOid: transaction.merchantOid,
      customerId: transaction.customerId,
      amountKurus,
      refundId: input.refundId,
    })
    return answer
  },

  checkRefund(state, input) {
    const refund = state.refunds.get(input.refundId)
    if (!refund || refund.merchantOid !== input.merchantOid || refund.transactionCode !== input.transactionCode) {
      fail(HasoCodes.RefundNotFound, `No refund ${input.refundId} for this transaction`)
    }
    return refund.answer
  },
}
