import { HasoCodes } from "../../haso/contract/codes"
import { TransactionStatus } from "../../haso/contract/statuses"
import { lira } from "../pricing"
import { RS100, fail, kurus, requireStatus, requireTransaction, type Handlers } from "./common"
import { completeIfSettled, pay } from "./collections"

/* Enforcement (icra): 5.12 report, 5.13 payment, 5.14 expenses. */

const IN_EXECUTION = [TransactionStatus.InExecution]

export const executionHandlers: Handlers<"sendExecutionTransaction" | "sendExecutionPayment" | "sendTransactionExpense"> = {
  sendExecutionTransaction(state, input) {
    const transaction = requireTransaction(state, input.merchantOid, input.transactionCode)
    if (transaction.status !== TransactionStatus.InExecution) {
      requireStatus(transaction, [TransactionStatus.Active, TransactionStatus.PartiallyRefunded], "Sending to enforcement")
      transaction.status = TransactionStatus.InExecution
    }
    return RS100
  },

  sendExecutionPayment(state, input) {
    const transaction = requireTransaction(state, input.merchantOid, input.transactionCode)
    requireStatus(transaction, IN_EXECUTION, "An enforcement payment")
    const amountKurus = kurus(input.paymentAmount, "paymentAmount")
    if (amountKurus === 0) {
      fail(HasoCodes.InvalidField, "paymentAmount must be more than 0")
    }
    const outstanding = transaction.payments.reduce((sum, installment) => sum + state.unpaidKurus(installment), 0)
    if (amountKurus > outstanding) {
      fail(HasoCodes.RefundExceedsRefundable, `paymentAmount is more than the ${lira(outstanding)} TRY outstanding`)
    }
    // Oldest installment first; the last one reached may stay partly paid.
    let left = amountKurus
    for (const installment of transaction.payments) {
      const part = Math.min(left, state.unpaidKurus(installment))
      if (part > 0) {
        pay(state, transaction, installment, part)
        left -= part
      }
    }
    completeIfSettled(state, transaction)
    return RS100
  },

  sendTransactionExpense(state, input) {
    const transaction = requireTransaction(state, input.merchantOid, input.transactionCode)
    requireStatus(transaction, IN_EXECUTION, "An enforcement expense")
    const totalKurus = kurus(input.expenseAmount, "expenseAmount")
    // [doc, V.39] expenseAmount is the running total, so it can only grow.
    if (totalKurus < transaction.expenseKurus) {
      fail(HasoCodes.InvalidField, `expenseAmount is cumulative and may not go below ${lira(transaction.expenseKurus)} TRY`)
    }
    const increase = totalKurus - transaction.expenseKurus
    const last = [...transaction.payments].reverse().find((installment) => !installment.cancelled) ?? transaction.payments[transaction.payments.length - 1]
    last.cancelled = false
    last.amountKurus += increase
    transaction.totalKurus += increase
    transaction.expenseKurus = totalKurus
    return RS100
  },
}
