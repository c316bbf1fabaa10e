import {
  PaymentStatus,
  TransactionStatus,
  type CustomerInfo,
  type CustomerPayment,
  type CustomerTransaction,
  type HasoPayment,
} from "../../haso"

/*
 * Haso's answers as our API shows them: snake_case, amounts in lira, status
 * numbers with their names next to them.
 */

function nameOf(table: Record<string, number>, value: number): string {
  const name = Object.entries(table).find(([, v]) => v === value)?.[0] ?? "Unknown"
  return name.replace(/[A-Z]/g, (letter, index) => (index ? "_" : "") + letter.toLowerCase())
}

export function presentLimit(info: CustomerInfo) {
  return {
    haso_customer_id: info.CustomerId,
    limit: info.CustomerLimit,
    available_limit: info.AvailableLimit,
    suspended: info.Status === 2,
  }
}

type HasoCustomerLink = {
  haso_customer_id: string
  verification_method: string
  verified_at: Date | string
  limit_amount: unknown
  available_limit: unknown
  suspended: boolean
  limit_checked_at: Date | string | null
}

const amountOrNull = (value: unknown) => (value === null || value === undefined ? null : Number(value))

/** The stored link with its last known limit (see presentLimit for Haso's live answer). */
export function presentLink(link: HasoCustomerLink) {
  return {
    haso_customer_id: link.haso_customer_id,
    verification_method: link.verification_method,
    verified_at: link.verified_at,
    limit: amountOrNull(link.limit_amount),
    available_limit: amountOrNull(link.available_limit),
    suspended: link.suspended,
    limit_checked_at: link.limit_checked_at,
  }
}

export function presentInstallment(payment: HasoPayment) {
  return {
    payment_code: payment.PaymentCode,
    installment_no: payment.InstallmentNo,
    amount: payment.InstallmentPayment,
    paid_amount: payment.PaidAmount,
    due_date: payment.TermDate,
    status: payment.PaymentStatus,
    status_name: nameOf(PaymentStatus, payment.PaymentStatus),
  }
}

export function presentTransaction(transaction: CustomerTransaction) {
  return {
    transaction_code: transaction.TransactionCode,
    merchant_oid: transaction.MerchantOid,
    status: transaction.TransactionStatus,
    status_name: nameOf(TransactionStatus, transaction.TransactionStatus),
    total_amount: transaction.TotalAmount,
    created_at: transaction.CreatedDate ?? null,
    installments: transaction.Payments.map(presentInstallment),
  }
}

export function presentCustomerPayment(payment: CustomerPayment) {
  return {
    ...presentInstallment(payment),
    transaction_code: payment.TransactionCode,
    merchant_oid: payment.MerchantOid,
  }
}

type HasoEventRecord = {
  id: string
  type: string
  status: string
  order_id: string | null
  customer_id: string | null
  transaction_code: string | null
  merchant_oid: string | null
  amount: unknown
  haso_code: string | null
  message: string | null
  actor_id: string | null
  data: unknown
  created_at: Date | string
  updated_at: Date | string
}

/** An entry of an order's or customer's Haso history. */
export function presentEvent(event: HasoEventRecord) {
  return {
    id: event.id,
    type: event.type,
    status: event.status,
    order_id: event.order_id,
    customer_id: event.customer_id,
    transaction_code: event.transaction_code,
    merchant_oid: event.merchant_oid,
    amount: event.amount === null || event.amount === undefined ? null : Number(event.amount),
    haso_code: event.haso_code,
    message: event.message,
    actor_id: event.actor_id,
    data: event.data,
    created_at: event.created_at,
    updated_at: event.updated_at,
  }
}
