import { MedusaError, PaymentSessionStatus } from "@medusajs/framework/utils"
import {
  HasoCodes,
  HasoError,
  TransactionStatus,
  kurusToMajor,
  type HasoPayment,
  type TransactionPlan,
} from "../../haso"
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

export function formatTry(kurus: number): string {
  return `${kurusToMajor(kurus).toFixed(2)} TRY`
}

const SHOPPER_MESSAGES: Record<string, string> = {
  [HasoCodes.InsufficientLimit]:
    "Your available Haso limit is not enough for this order. Lower the order total or choose another payment method.",
  [HasoCodes.CustomerSuspended]:
    "Your Haso account is suspended, so it cannot be used for this order. Please contact Haso or choose another payment method.",
  [HasoCodes.InvalidInstallment]:
    "The installment option you chose is not offered for this amount. Please choose another installment option.",
  [HasoCodes.CustomerNotFound]: "Haso could not find your account. Please link your Haso account again.",
  [HasoCodes.TokenMismatch]:
    "The store could not sign in to Haso, so no payment was taken. Please choose another payment method; the store has been told.",
}

/**
 * A Haso failure during checkout → the error Medusa shows the shopper.
 * PAYMENT_AUTHORIZATION_ERROR keeps the cart open with this message (HTTP 200,
 * `type: "cart"`), so the shopper can fix the cause and try again.
 */
export function shopperError(error: unknown, fallback: string): MedusaError {
  if (error instanceof HasoError && error.isTransport) {
    const what = error.reason === "timeout" ? "Haso did not answer in time" : "Haso is not available right now"
    return new MedusaError(
      MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR,
      `${what}, so no payment was taken. Please try again in a moment.`
    )
  }
  if (error instanceof HasoError) {
    const message = (error.code && SHOPPER_MESSAGES[error.code]) ?? `Haso declined the payment: ${error.message}`
    return new MedusaError(MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR, message)
  }
  if (error instanceof MedusaError) {
    return error
  }
  return new MedusaError(MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR, fallback)
}

/** A Haso failure during a staff action (capture, refund, cancel) → a message staff can act on. */
export function staffError(error: unknown, action: string): MedusaError {
  if (error instanceof MedusaError) {
    return error
  }
  if (error instanceof HasoError) {
    const type = error.isTransport ? MedusaError.Types.UNEXPECTED_STATE : MedusaError.Types.NOT_ALLOWED
    const advice = error.isTransport ? " Nothing was changed at Haso that we know of; it is safe to try again." : ""
    return new MedusaError(type, `Could not ${action}: ${error.message}.${advice}`)
  }
  return new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Could not ${action}: ${(error as Error)?.message ?? error}`)
}
