import { HasoCodes } from "../../haso/contract/codes"
import { TransactionStatus } from "../../haso/contract/statuses"
import type { Installment, SandboxState, Transaction } from "../state"
import { RS100, fail, kurus, requireCustomer, requireStatus, type Handlers } from "./common"

/* Collections outside Haso: 5.6 paid, 5.20 bulk paid, 5.19 customer balance. */

/** Statuses whose installments may still be collected. */
export const PAYABLE_STATUSES: readonly TransactionStatus[] = [TransactionStatus.Active, TransactionStatus.PartiallyRefunded, TransactionStatus.InExecution]

/** Books a payment on an installment; the reconciliation sees it as a `Payment` event. */
export function pay(state: SandboxState, transaction: Transaction, installment: Installment, amountKurus: number): void {
  installment.paidKurus += amountKurus
  state.record({
    type: "Payment",
    at: state.now(),
    transactionCode: transaction.transactionCode,
    merchantOid: transaction.merchantOid,
    customerId: transaction.customerId,
    amountKurus,
    paymentCode: installment.paymentCode,
  })
}

/** Every installment paid (or cancelled): the transaction completes and frees what it held of the limit. */
export function completeIfSettled(state: SandboxState, transaction: Transaction): void {
  const settled = transaction.payments.every((installment) => state.unpaidKurus(installment) === 0)
  if (settled && PAYABLE_STATUSES.includes(transaction.status)) {
    transaction.status = TransactionStatus.Completed
    state.giveLimit(requireCustomer(state, transaction.customerId), transaction.orderAmountKurus - transaction.refundedKurus)
  }
}

/** 5.6 / 5.20: the codes must belong to the merchantOid's transaction; nothing changes unless all do. */
function markPaid(state: SandboxState, merchantOid: string, paymentCodes: string[]): Record<string, unknown> {
  const transaction = state.transactionsByOid.get(merchantOid)
  const installments = paymentCodes.map((code) => {
    const entry = state.payments.get(code)
    if (!transaction || entry?.transaction !== transaction) {
      fail(HasoCodes.TransactionNotFound, `Payment ${code} does not belong to merchantOid ${merchantOid}`)
    }
    return entry.installment
  })
  const open = installments.filter((installment) => installment.paidKurus < installment.amountKurus || installment.cancelled)
  if (open.length === 0) {
    // A repeat (e.g. after a lost answer) is a no-op, even once the transaction completed.
    return RS100
  }
  requireStatus(transaction!, PAYABLE_STATUSES, "Marking a payment paid")
  if (open.some((installment) => installment.cancelled)) {
    fail(HasoCodes.StatusNotAllowed, "A cancelled installment cannot be marked paid")
  }
  for (const installment of new Set(open)) {
    pay(state, transaction!, installment, state.unpaidKurus(installment))
  }
  completeIfSettled(state, transaction!)
  return RS100
}

export const collectionHandlers: Handlers<"setPaidPayment" | "setBulkPaidPayment" | "loadCustomerBalance"> = {
  setPaidPayment(state, input) {
    return markPaid(state, input.merchantOid, [input.paymentCode])
  },

  setBulkPaidPayment(state, input) {
    return markPaid(state, input.merchantOid, input.paymentCodes)
  },

  loadCustomerBalance(state, input) {
    const customer = requireCustomer(state, input.customerId)
    customer.balanceKurus += kurus(input.balanceAmount, "balanceAmount")
    const open = state
      .customerTransactions(customer.customerId)
      .filter((transaction) => PAYABLE_STATUSES.includes(transaction.status))
      .flatMap((transaction) => transaction.payments.map((installment) => ({ transaction, installment })))
      .filter(({ installment }) => state.unpaidKurus(installment) > 0)
      .sort((a, b) => a.installment.termDate.localeCompare(b.installment.termDate))
    // Oldest first, whole installments only, until the balance no longer covers the next one.
    for (const { transaction, installment } of open) {
      const due = state.unpaidKurus(installment)
      if (due > customer.balanceKurus) {
        break
      }
      customer.balanceKurus -= due
      pay(state, transaction, installment, due)
    }
    new Set(open.map(({ transaction }) => transaction)).forEach((transaction) => completeIfSettled(state, transaction))
    return RS100
  },
}
