import { CustomerStatus, PaymentStatus, TransactionStatus } from "../haso/contract/statuses"
import { istanbulDate } from "../haso/dates"
import type { SandboxInstallmentRate, SandboxKkbOutcome, SandboxKkbResult } from "./types"

/*
 * The sandbox's in-memory Haso: data model, indexes, clock and the limit
 * arithmetic shared by the services. Amounts are integer kuruş.
 */

export interface Customer {
  customerId: string
  name: string
  surname: string
  email: string
  tckn: string
  mobileNumber: string
  dealerSegment: string | null
  limitKurus: number
  availableKurus: number
  balanceKurus: number
  status: CustomerStatus
  risky: boolean
}

export interface Installment {
  paymentCode: string
  installmentNo: number
  amountKurus: number
  feeKurus: number
  paidKurus: number
  /** yyyy-MM-dd */
  termDate: string
  /** Cancelled with its transaction, or refunded down to nothing. */
  cancelled: boolean
}

export interface Transaction {
  transactionCode: string
  merchantOid: string
  customerId: string
  orderAmountKurus: number
  feeKurus: number
  totalKurus: number
  downPaymentKurus: number
  downPaymentType: string | null
  installmentNo: number
  installmentCount: number
  status: TransactionStatus
  refundedKurus: number
  expenseKurus: number
  /** The merchant sent availableLimit > 0 at creation: Haso does no limit check for it. */
  limitCheckSkipped: boolean
  basketList: unknown[] | null
  userAddress: unknown | null
  createdAt: Date
  activatedAt: Date | null
  payments: Installment[]
}

export interface Refund {
  refundId: string
  transactionCode: string
  merchantOid: string
  amountKurus: number
  full: boolean
  createdAt: Date
  /** The answer of 5.7, replayed by 5.8. */
  answer: Record<string, unknown>
}

export interface KkbRequest {
  kkbRefNo: string
  tckn: string
  mobileNumber: string
  name: string
  surname: string
  email: string
  dealerSegment: string | null
  /** > 0: the merchant's predefined limit, assigned once the PIN is confirmed. */
  preDefinedLimitKurus: number
  testOn: boolean
  state: "awaiting_pin" | "pending" | "approved" | "rejected"
  checksLeft: number
  then: SandboxKkbResult | null
  customerId: string | null
}

export interface SandboxEvent {
  type: "Transaction" | "Refund" | "Payment"
  at: Date
  transactionCode: string
  merchantOid: string
  customerId: string
  amountKurus: number
  refundId?: string
  paymentCode?: string
}

export interface SandboxConfig {
  merchantId: string
  merchantKey: string
  merchantSalt: string
  testPin: string
  installmentRates: SandboxInstallmentRate[]
  now: () => Date
}

/** Statuses whose order amount still holds part of the customer's limit. */
const HOLDING_LIMIT: readonly number[] = [TransactionStatus.Active, TransactionStatus.PartiallyRefunded, TransactionStatus.InExecution]

export class SandboxState {
  customers = new Map<string, Customer>()
  customersByTckn = new Map<string, Customer>()
  transactions = new Map<string, Transaction>()
  transactionsByOid = new Map<string, Transaction>()
  transactionsByCustomer = new Map<string, Transaction[]>()
  payments = new Map<string, { transaction: Transaction; installment: Installment }>()
  refunds = new Map<string, Refund>()
  kkbRequests = new Map<string, KkbRequest>()
  kkbOutcomes = new Map<string, SandboxKkbOutcome>()
  eventsByDay = new Map<string, SandboxEvent[]>()

  /** Counts resets, so a request delayed across a reset can tell that its world is gone. */
  resets = 0

  private clockOverride: Date | null = null
  // Never reset, and started from the clock (seconds since 2024): codes stay
  // unique across resets and restarts, so a store that keeps its database
  // (the demo does) never meets a code an earlier run handed out.
  private sequence = (() => {
    const seconds = Math.floor((Date.now() - Date.UTC(2024, 0, 1)) / 1000)
    return { customer: 1_000_000_000 + seconds, transaction: seconds * 10, payment: seconds * 1000 }
  })()

  constructor(readonly config: SandboxConfig) {}

  reset(): void {
    this.resets++
    for (const map of [
      this.customers,
      this.customersByTckn,
      this.transactions,
      this.transactionsByOid,
      this.transactionsByCustomer,
      this.payments,
      this.refunds,
      this.kkbRequests,
      this.kkbOutcomes,
      this.eventsByDay,
    ]) {
      map.clear()
    }
  }

  now(): Date {
    return this.clockOverride ? new Date(this.clockOverride) : this.config.now()
  }

  setNow(date: Date | null): void {
    this.clockOverride = date ? new Date(date) : null
  }

  /** Runs `fn` with the clock at `at` (generated history), then restores it. */
  withClock<T>(at: Date, fn: () => T): T {
    const previous = this.clockOverride
    this.clockOverride = at
    try {
      return fn()
    } finally {
      this.clockOverride = previous
    }
  }

  today(): string {
    return istanbulDate(this.now())
  }

  nextCustomerId(): string {
    return String(++this.sequence.customer)
  }

  nextTransactionCode(): string {
    return "HT" + String(++this.sequence.transaction).padStart(10, "0")
  }

  nextPaymentCode(): string {
    return "HP" + String(++this.sequence.payment).padStart(12, "0")
  }

  addCustomer(customer: Customer): Customer {
    this.customers.set(customer.customerId, customer)
    this.customersByTckn.set(customer.tckn, customer)
    return customer
  }

  customerByMobile(mobileNumber: string): Customer | undefined {
    for (const customer of this.customers.values()) {
      if (customer.mobileNumber === mobileNumber) {
        return customer
      }
    }
    return undefined
  }

  addTransaction(transaction: Transaction): void {
    this.transactions.set(transaction.transactionCode, transaction)
    this.transactionsByOid.set(transaction.merchantOid, transaction)
    const list = this.transactionsByCustomer.get(transaction.customerId) ?? []
    list.push(transaction)
    this.transactionsByCustomer.set(transaction.customerId, list)
    for (const installment of transaction.payments) {
      this.payments.set(installment.paymentCode, { transaction, installment })
    }
  }

  customerTransactions(customerId: string): Transaction[] {
    return this.transactionsByCustomer.get(customerId) ?? []
  }

  record(event: SandboxEvent): void {
    const day = istanbulDate(event.at)
    const list = this.eventsByDay.get(day) ?? []
    list.push(event)
    this.eventsByDay.set(day, list)
  }

  /** 6.2 status of an installment; "overdue" is read off the clock, not stored. */
  paymentStatus(installment: Installment): PaymentStatus {
    if (installment.cancelled) {
      return PaymentStatus.Cancelled
    }
    if (installment.paidKurus >= installment.amountKurus) {
      return PaymentStatus.Paid
    }
    if (installment.termDate < this.today()) {
      return PaymentStatus.Overdue
    }
    return installment.paidKurus > 0 ? PaymentStatus.PartiallyPaid : PaymentStatus.Unpaid
  }

  hasOverdueInstallment(customerId: string): boolean {
    return this.customerTransactions(customerId).some(
      (transaction) =>
        HOLDING_LIMIT.includes(transaction.status) &&
        transaction.payments.some((installment) => this.paymentStatus(installment) === PaymentStatus.Overdue)
    )
  }

  /** Order amounts (less refunds) of transactions that still hold the limit. */
  outstandingPrincipal(customerId: string): number {
    return this.customerTransactions(customerId)
      .filter((transaction) => HOLDING_LIMIT.includes(transaction.status))
      .reduce((sum, transaction) => sum + transaction.orderAmountKurus - transaction.refundedKurus, 0)
  }

  setLimit(customer: Customer, limitKurus: number): void {
    customer.limitKurus = limitKurus
    customer.availableKurus = Math.max(0, limitKurus - this.outstandingPrincipal(customer.customerId))
  }

  takeLimit(customer: Customer, kurus: number): void {
    customer.availableKurus = Math.max(0, customer.availableKurus - kurus)
  }

  /** Gives limit back, never above the limit itself. */
  giveLimit(customer: Customer, kurus: number): void {
    customer.availableKurus = Math.min(customer.limitKurus, customer.availableKurus + kurus)
  }

  unpaidKurus(installment: Installment): number {
    return installment.cancelled ? 0 : Math.max(0, installment.amountKurus - installment.paidKurus)
  }
}
