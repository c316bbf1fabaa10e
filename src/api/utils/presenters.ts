import {
  CustomerStatus,
  kurusToMajor,
  paymentStatusName,
  transactionStatusName,
  type CustomerInfo,
  type CustomerPayment,
  type CustomerTransaction,
  type HasoPayment,
  type HasoResponse,
} from "../../haso"
import { hasoDateTimeToIso } from "../../haso/dates"
import type { LedgerOperation } from "../../ledger/payment-ledger"
import type { OrderHasoTransaction } from "../../workflows/utils/order-haso-payments"

/*
 * Haso's answers and our records as our API shows them: snake_case, amounts
 * in lira, status numbers with their one name (haso/contract/statuses.ts).
 */

export function presentLimit(info: CustomerInfo) {
  return {
    haso_customer_id: info.CustomerId,
    limit: info.CustomerLimit,
    available_limit: info.AvailableLimit,
    suspended: info.Status === CustomerStatus.Suspended,
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

/** The stored link with its last known limit. */
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

/** The stored link with Haso's live limit in place of the snapshot. */
export function presentLiveLink(link: HasoCustomerLink, info: CustomerInfo) {
  return { ...presentLink(link), ...presentLimit(info), limit_checked_at: new Date().toISOString() }
}

export function presentInstallment(payment: HasoPayment) {
  return {
    payment_code: payment.PaymentCode,
    installment_no: payment.InstallmentNo,
    amount: payment.InstallmentPayment,
    paid_amount: payment.PaidAmount,
    due_date: payment.TermDate,
    status: payment.PaymentStatus,
    status_name: paymentStatusName(payment.PaymentStatus),
  }
}

export function presentTransaction(transaction: CustomerTransaction) {
  return {
    transaction_code: transaction.TransactionCode,
    merchant_oid: transaction.MerchantOid,
    status: transaction.TransactionStatus,
    status_name: transactionStatusName(transaction.TransactionStatus),
    total_amount: transaction.TotalAmount,
    created_at: transaction.CreatedDate ? hasoDateTimeToIso(transaction.CreatedDate) : null,
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

/** A shopper's plan for one of their orders: the live plan (5.5) and what they chose at checkout. */
export function presentShopperPlan(order: OrderHasoTransaction, live: HasoResponse<"getPaymentsOfTransaction">) {
  return {
    order_id: order.order_id,
    transaction_code: order.transaction_code,
    status: live.TransactionStatus,
    status_name: transactionStatusName(live.TransactionStatus),
    installment_no: order.data.installment_no,
    installment_count: order.data.selected_installment?.installment_count ?? live.Payments.length,
    total_amount: live.TotalAmount,
    fee: order.data.fee,
    down_payment: order.data.down_payment,
    installments: live.Payments.map(presentInstallment),
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

/** A back-office entry of an order's or customer's Haso history. */
export function presentEvent(event: HasoEventRecord) {
  return {
    id: event.id,
    source: "back_office" as const,
    type: event.type,
    status: event.status,
    order_id: event.order_id,
    customer_id: event.customer_id,
    transaction_code: event.transaction_code,
    merchant_oid: event.merchant_oid,
    amount: amountOrNull(event.amount),
    haso_code: event.haso_code,
    message: event.message,
    actor_id: event.actor_id,
    actor_type: event.actor_id ? "user" : null,
    refund_id: null,
    data: event.data,
    created_at: event.created_at,
    updated_at: event.updated_at,
  }
}

/** A payment operation (checkout, capture, refund, cancel) as an entry of the order's Haso history. */
export function presentOperation(operation: LedgerOperation) {
  return {
    id: operation.id,
    source: "payment" as const,
    type: operation.kind,
    status: operation.status,
    order_id: null,
    customer_id: null,
    transaction_code: operation.transaction_code,
    merchant_oid: operation.merchant_oid,
    amount: operation.amount_kurus === null ? null : kurusToMajor(operation.amount_kurus),
    haso_code: operation.haso_code,
    message: operation.haso_message,
    actor_id: operation.actor_id,
    actor_type: operation.actor_type,
    refund_id: operation.refund_id,
    data: { recorded: operation.recorded, medusa_reference: operation.medusa_reference },
    created_at: operation.created_at,
    updated_at: operation.updated_at,
  }
}
