import { PaymentSessionStatus } from "@medusajs/framework/utils"
import { TransactionStatus, type HasoPayment, type TransactionPlan } from "../../haso"
import type { HasoPaymentData } from "./session-data"

/** Haso transaction status (S.4) → Medusa payment status. */
export function paymentStatusFor(status: number): PaymentSessionStatus {
  switch (status) {
    case TransactionStatus.AwaitingOrderStatus:
      return PaymentSessionStatus.AUTHORIZED
    case TransactionStatus.Cancelled:
      return PaymentSessionStatus.CANCELED
    case TransactionStatus.Active:
    case TransactionStatus.PartiallyRefunded:
    case TransactionStatus.Completed:
    case TransactionStatus.InExecution:
      return PaymentSessionStatus.CAPTURED
    default:
      return PaymentSessionStatus.ERROR
  }
}

/** The plan from CreateTransaction (5.3), as payment data holds it. */
export function planFromTransaction(plan: TransactionPlan): Pick<
  HasoPaymentData,
  "transaction_code" | "total_amount" | "fee" | "down_payment" | "down_payment_type" | "plan"
> {
  return {
    transaction_code: plan.TransactionCode,
    total_amount: plan.TotalAmount,
    fee: plan.Fee,
    down_payment: plan.downPayment,
    down_payment_type: plan.downPaymentType ?? null,
    plan: plan.TransactionPayments.map((entry) => ({
      installment_no: entry.InstallmentNo,
      amount: entry.InstallmentPayment,
      term_date: entry.TermDate,
      payment_code: entry.PaymentCode,
      fee: entry.fee ?? null,
    })),
  }
}

/** The plan from GetPaymentsOfTransaction (5.5), when a transaction is recovered rather than created. */
export function planFromPayments(payments: HasoPayment[]): HasoPaymentData["plan"] {
  return payments.map((entry) => ({
    installment_no: entry.InstallmentNo,
    amount: entry.InstallmentPayment,
    term_date: entry.TermDate,
    payment_code: entry.PaymentCode,
    fee: null,
  }))
}
