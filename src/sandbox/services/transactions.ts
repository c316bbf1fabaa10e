import { HasoCodes } from "../../haso/contract/codes"
import { CustomerStatus, OrderStatus, TransactionStatus } from "../../haso/contract/statuses"
import { istanbulDate } from "../../haso/dates"
import { hasoDateTime, hasoDay } from "../dates"
import { lira, price, ratesFor, termDays } from "../pricing"
import type { Installment, SandboxState, Transaction } from "../state"
import { fail, kurus, requireCustomer, requireStatus, requireTransaction, type Handlers } from "./common"

/* Transactions: 5.3 create, 5.4 activate/cancel, 5.5 plan, 5.9 and 5.10 customer lists. */

/** One installment as 5.5, 5.9 and 5.10 report it. */
export function paymentData(state: SandboxState, installment: Installment) {
  return {
    PaymentCode: installment.paymentCode,
    InstallmentNo: installment.installmentNo,
    InstallmentPayment: lira(installment.amountKurus),
    PaidAmount: lira(installment.paidKurus),
    TermDate: hasoDay(installment.termDate),
    PaymentStatus: state.paymentStatus(installment),
  }
}

/** Data["TransactionPayments"] of 5.3 [doc, seed]. */
function planData(transaction: Transaction) {
  return {
    TransactionCode: transaction.transactionCode,
    MerchantOid: transaction.merchantOid,
    CustomerId: transaction.customerId,
    TotalAmount: lira(transaction.totalKurus),
    downPayment: lira(transaction.downPaymentKurus),
    downPaymentType: transaction.downPaymentType,
    Fee: lira(transaction.feeKurus),
    TransactionPayments: transaction.payments.map((installment) => ({
      InstallmentNo: installment.installmentNo,
      InstallmentPayment: lira(installment.amountKurus),
      TermDate: hasoDay(installment.termDate),
      PaymentCode: installment.paymentCode,
      fee: lira(installment.feeKurus),
      feeDiscountCampaigns: [],
    })),
  }
}

/** Activates a waiting transaction: the limit drops by the order amount (not the fee). */
export function activate(state: SandboxState, transaction: Transaction): void {
  const customer = requireCustomer(state, transaction.customerId)
  const at = state.now()
  state.takeLimit(customer, transaction.orderAmountKurus)
  transaction.status = TransactionStatus.Active
  transaction.activatedAt = at
  state.record({
    type: "Transaction",
    at,
    transactionCode: transaction.transactionCode,
    merchantOid: transaction.merchantOid,
    customerId: transaction.customerId,
    amountKurus: transaction.orderAmountKurus,
  })
}

function page<T>(items: T[], pageNo = 1, pageSize = 50): T[] {
  return items.slice((pageNo - 1) * pageSize, pageNo * pageSize)
}

export const transactionHandlers: Handlers<
  "createTransaction" | "updateTransaction" | "getPaymentsOfTransaction" | "getCustomerTransactions" | "getCustomerPayments"
> = {
  createTransaction(state, input) {
    const customer = requireCustomer(state, input.customerId)
    if (customer.status === CustomerStatus.Suspended) {
      fail(HasoCodes.CustomerSuspended)
    }
    const existing = state.transactionsByOid.get(input.merchantOid)
    if (existing) {
      // S.6: the code of the existing transaction lets a client recover after a lost answer.
      fail(HasoCodes.DuplicateMerchantOid, undefined, { TransactionCode: existing.transactionCode })
    }
    const amountKurus = kurus(input.orderAmount, "orderAmount")
    if (amountKurus === 0) {
      fail(HasoCodes.InvalidField, "orderAmount must be more than 0")
    }
    const rate = ratesFor(state.config.installmentRates, customer.dealerSegment).find(
      (candidate) => candidate.installmentNo === input.selectedInstallment
    )
    if (!rate) {
      fail(HasoCodes.InvalidInstallment, `selectedInstallment ${input.selectedInstallment} is not an offered InstallmentNo`)
    }
    // [doc, seed] availableLimit > 0: the merchant keeps the limit; Haso only prices the excess as down payment.
    const merchantLimit = input.availableLimit ?? 0
    if (merchantLimit === 0 && amountKurus > customer.availableKurus) {
      fail(HasoCodes.InsufficientLimit, "Customer's available limit is not enough")
    }
    const priced = price(rate, {
      amountKurus,
      notCalculateFees: input.notCalculateFees,
      revisedFeeRate: input.RevisedFeeRate,
      risky: customer.risky,
      forceRiskFreeEvaluate: input.forceRiskFreeEvaluate,
      availableLimitKurus: merchantLimit,
    })
    const createdAt = state.now()
    const terms = termDays(istanbulDate(createdAt), rate.installmentCount, input.PostponeSelected === true)
    const transaction: Transaction = {
      transactionCode: state.nextTransactionCode(),
      merchantOid: input.merchantOid,
      customerId: customer.customerId,
      orderAmountKurus: amountKurus,
      feeKurus: priced.feeKurus,
      totalKurus: priced.totalKurus,
      downPaymentKurus: priced.downPaymentKurus,
      downPaymentType: priced.downPaymentType,
      installmentNo: rate.installmentNo,
      installmentCount: rate.installmentCount,
      status: TransactionStatus.AwaitingOrderStatus,
      refundedKurus: 0,
      expenseKurus: 0,
      limitCheckSkipped: merchantLimit > 0,
      basketList: input.basketList ?? null,
      userAddress: input.userAddress ?? null,
      createdAt,
      activatedAt: null,
      payments: priced.installmentKurus.map((amount, i) => ({
        paymentCode: state.nextPaymentCode(),
        installmentNo: i + 1,
        amountKurus: amount,
        feeKurus: priced.installmentFeeKurus[i],
        paidKurus: 0,
        termDate: terms[i],
        cancelled: false,
      })),
    }
    state.addTransaction(transaction)
    return { TransactionPayments: planData(transaction) }
  },

  updateTransaction(state, input) {
    const transaction = requireTransaction(state, input.merchantOid, input.transactionCode)
    if (input.orderStatus === OrderStatus.Approved) {
      requireStatus(
        transaction,
        [TransactionStatus.AwaitingOrderStatus, TransactionStatus.Active, TransactionStatus.PartiallyRefunded, TransactionStatus.Completed, TransactionStatus.InExecution],
        "Activating a cancelled transaction"
      )
      if (transaction.status === TransactionStatus.AwaitingOrderStatus) {
        const customer = requireCustomer(state, transaction.customerId)
        if (!transaction.limitCheckSkipped && transaction.orderAmountKurus > customer.availableKurus) {
          fail(HasoCodes.InsufficientLimit, "Customer's available limit is not enough")
        }
        activate(state, transaction)
      }
    } else {
      requireStatus(transaction, [TransactionStatus.AwaitingOrderStatus, TransactionStatus.Cancelled], "Cancelling an activated transaction (refund it instead)")
      transaction.status = TransactionStatus.Cancelled
      transaction.payments.forEach((installment) => (installment.cancelled = true))
    }
    return { Message: HasoCodes.Success, TransactionStatus: transaction.status }
  },

  getPaymentsOfTransaction(state, input) {
    const transaction = requireTransaction(state, input.merchantOid, input.transactionCode)
    return {
      TransactionCode: transaction.transactionCode,
      MerchantOid: transaction.merchantOid,
      TransactionStatus: transaction.status,
      TotalAmount: lira(transaction.totalKurus),
      Payments: transaction.payments.map((installment) => paymentData(state, installment)),
    }
  },

  getCustomerTransactions(state, input) {
    requireCustomer(state, input.customerId)
    const wanted = input.transactionCodes?.length ? new Set(input.transactionCodes) : null
    const transactions = [...state.customerTransactions(input.customerId)]
      .reverse()
      .filter((transaction) => !wanted || wanted.has(transaction.transactionCode))
    return {
      Transactions: page(transactions, input.pageNo, input.pageSize).map((transaction) => ({
        TransactionCode: transaction.transactionCode,
        MerchantOid: transaction.merchantOid,
        TransactionStatus: transaction.status,
        TotalAmount: lira(transaction.totalKurus),
        CreatedDate: hasoDateTime(transaction.createdAt),
        Payments: transaction.payments.map((installment) => paymentData(state, installment)),
      })),
      TotalCount: transactions.length,
    }
  },

  getCustomerPayments(state, input) {
    requireCustomer(state, input.customerId)
    const wanted = input.paymentStatuses?.length ? new Set<number>(input.paymentStatuses) : null
    const payments = [...state.customerTransactions(input.customerId)]
      .reverse()
      .flatMap((transaction) =>
        transaction.payments.map((installment) => ({
          ...paymentData(state, installment),
          TransactionCode: transaction.transactionCode,
          MerchantOid: transaction.merchantOid,
        }))
      )
      .filter((payment) => !wanted || wanted.has(payment.PaymentStatus))
    return { Payments: page(payments, input.pageNo, input.pageSize), TotalCount: payments.length }
  },
}
