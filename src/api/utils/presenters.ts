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
