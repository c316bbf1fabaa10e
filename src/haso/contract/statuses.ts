/**
 * Haso enumerations (contract of record S.4 and 6.2). Only transaction status 0
 * is documented; every other value is our assumption, kept here alone.
 */

/** 6.1 transaction statuses (S.4). */
export const TransactionStatus = {
  /** "Sipariş Durumu Bekleniyor": created by 5.3, limit untouched [doc, seed]. */
  AwaitingOrderStatus: 0,
  /** Activated by 5.4 `orderStatus=1`; the limit is reduced (assumed). */
  Active: 1,
  /** Dropped by 5.4 `orderStatus=2`, or fully refunded (assumed). */
  Cancelled: 2,
  /** At least one partial refund (assumed). */
  PartiallyRefunded: 3,
  /** Every installment paid (assumed). */
  Completed: 4,
  /** Reported to enforcement by 5.12 (assumed). */
  InExecution: 5,
} as const
export type TransactionStatus = (typeof TransactionStatus)[keyof typeof TransactionStatus]
export const TRANSACTION_STATUS_VALUES = Object.values(TransactionStatus) as TransactionStatus[]

/** 6.2 installment (payment) statuses, read off the 5.10 filter. */
export const PaymentStatus = {
  Unpaid: 0,
  Paid: 1,
  PartiallyPaid: 2,
  Overdue: 3,
  Cancelled: 4,
} as const
export type PaymentStatus = (typeof PaymentStatus)[keyof typeof PaymentStatus]
export const PAYMENT_STATUS_VALUES = Object.values(PaymentStatus) as PaymentStatus[]

/** `CustomerInfo.Status` (S.3, assumed). */
export const CustomerStatus = { Active: 1, Suspended: 2 } as const
export type CustomerStatus = (typeof CustomerStatus)[keyof typeof CustomerStatus]

/** 5.4 `orderStatus` values (S.2, assumed). */
export const OrderStatus = {
  /** The merchant's order exists: activate the transaction. */
  Approved: 1,
  /** The merchant's order was cancelled: drop the waiting transaction. */
  Cancelled: 2,
} as const
export type OrderStatus = (typeof OrderStatus)[keyof typeof OrderStatus]

/** `KkbReportStatus` of 5.2.2 / 5.2.3 (S.3, assumed). */
export const KkbReportStatus = { Approved: "Approved", Pending: "Pending" } as const
export type KkbReportStatus = (typeof KkbReportStatus)[keyof typeof KkbReportStatus]

/** 5.2.2 `testResult` values [doc, V.39]: A–F approve (E and F with limit 0), RETRY keeps the report pending. */
export const KKB_TEST_RESULTS = ["A", "B", "C", "D", "E", "F", "RETRY"] as const
export type KkbTestResult = (typeof KKB_TEST_RESULTS)[number]

/** Whether a transaction in this status still has money Haso can give back. */
export function isRefundableStatus(status: TransactionStatus): boolean {
  return status === TransactionStatus.Active || status === TransactionStatus.PartiallyRefunded
}

/**
 * The one name of each status value, as our API, the admin and the storefront
 * kit show it (snake_case): `active`, `partially_refunded`, `in_execution`,
 * `unpaid`, `overdue`… Keys of the translations.
 */
export function statusName(table: Record<string, number>, value: number): string {
  const key = Object.entries(table).find(([, candidate]) => candidate === value)?.[0]
  return key ? key.replace(/[A-Z]/g, (letter, index: number) => (index ? "_" : "") + letter.toLowerCase()) : "unknown"
}

export const transactionStatusName = (value: number) => statusName(TransactionStatus, value)
export const paymentStatusName = (value: number) => statusName(PaymentStatus, value)
