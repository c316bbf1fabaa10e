import { maskPhone, maskTckn } from "../haso/redact"
import type { Customer, Refund, SandboxState, Transaction } from "./state"
import type { SandboxCustomerView, SandboxRefundView, SandboxTransactionView } from "./types"

/* What the sandbox shows of its state: kuruş integers, masked personal data, copies not references. */

export function customerView(customer: Customer): SandboxCustomerView {
  return {
    customerId: customer.customerId,
    name: customer.name,
    surname: customer.surname,
    email: customer.email,
    tcknMasked: maskTckn(customer.tckn),
    mobileMasked: maskPhone(customer.mobileNumber),
    limitKurus: customer.limitKurus,
    availableKurus: customer.availableKurus,
    balanceKurus: customer.balanceKurus,
    status: customer.status,
    risky: customer.risky,
    dealerSegment: customer.dealerSegment,
  }
}

export function transactionView(state: SandboxState, transaction: Transaction): SandboxTransactionView {
  return {
    transactionCode: transaction.transactionCode,
    merchantOid: transaction.merchantOid,
    customerId: transaction.customerId,
    orderAmountKurus: transaction.orderAmountKurus,
    feeKurus: transaction.feeKurus,
    totalKurus: transaction.totalKurus,
    downPaymentKurus: transaction.downPaymentKurus,
    installmentNo: transaction.installmentNo,
    installmentCount: transaction.installmentCount,
    status: transaction.status,
    refundedKurus: transaction.refundedKurus,
    expenseKurus: transaction.expenseKurus,
    basketList: transaction.basketList ? structuredClone(transaction.basketList) : null,
    userAddress: transaction.userAddress ? structuredClone(transaction.userAddress) : null,
    createdAt: transaction.createdAt.toISOString(),
    activatedAt: transaction.activatedAt?.toISOString() ?? null,
    payments: transaction.payments.map((installment) => ({
      paymentCode: installment.paymentCode,
      installmentNo: installment.installmentNo,
      amountKurus: installment.amountKurus,
      paidKurus: installment.paidKurus,
      termDate: installment.termDate,
      status: state.paymentStatus(installment),
    })),
  }
}

export function refundView(refund: Refund): SandboxRefundView {
  return {
    refundId: refund.refundId,
    transactionCode: refund.transactionCode,
    merchantOid: refund.merchantOid,
    amountKurus: refund.amountKurus,
    full: refund.full,
    createdAt: refund.createdAt.toISOString(),
  }
}

/** All state as JSON-safe data; KKB requests and outcomes show masked TCKNs only. */
export function stateSnapshot(state: SandboxState) {
  return {
    now: state.now().toISOString(),
    merchantId: state.config.merchantId,
    installmentRates: state.config.installmentRates,
    customers: [...state.customers.values()].map(customerView),
    transactions: [...state.transactions.values()].map((transaction) => transactionView(state, transaction)),
    refunds: [...state.refunds.values()].map(refundView),
    kkbRequests: [...state.kkbRequests.values()].map((request) => ({
      kkbRefNo: request.kkbRefNo,
      tcknMasked: maskTckn(request.tckn),
      state: request.state,
      checksLeft: request.checksLeft,
      preDefinedLimitKurus: request.preDefinedLimitKurus,
      testOn: request.testOn,
      customerId: request.customerId,
    })),
    kkbOutcomes: [...state.kkbOutcomes].map(([tckn, outcome]) => ({ tcknMasked: maskTckn(tckn), ...outcome })),
    eventsByDay: Object.fromEntries([...state.eventsByDay].map(([day, events]) => [day, events.length])),
  }
}
