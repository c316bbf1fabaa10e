/*
 * The store API's answers as a storefront receives them (JSON: dates are
 * strings, amounts lira). Written here once, without importing server code,
 * so the kit loads in a browser; __tests__/types.unit.spec.ts checks at
 * compile time that the server's presenters still produce these shapes.
 */

/** The languages the kit speaks; see i18n.ts `resolveLocale`. */
export type HasoLocale = "tr" | "en"

// ---- onboarding -----------------------------------------------------------

export interface StartOnboardingInput {
  first_name: string
  last_name: string
  /** T.C. Kimlik No, 11 digits. Sent to Haso only; never kept by the kit. */
  tckn: string
  /** Turkish mobile; `0`, `+90` and spaces are accepted. */
  phone: string
  email: string
  /** YYYY-MM-DD */
  birth_date?: string
}

export interface ConfirmOnboardingInput {
  reference: string
  pin: string
}

/**
 * The shopper's Haso account in an onboarding answer: Haso's live limit on a
 * fresh approval, the stored link (with the extra fields) when the attempt was
 * already approved.
 */
export interface HasoCustomerSummary {
  haso_customer_id: string
  limit: number | null
  available_limit: number | null
  suspended: boolean
  verification_method?: string
  verified_at?: string
  limit_checked_at?: string | null
}

export interface OnboardingPinSent {
  status: "pin_sent"
  reference: string
  /** Masked phone, e.g. "53******67". */
  phone_hint: string
  expires_at: string
}
export interface OnboardingApproved {
  status: "approved"
  haso_customer: HasoCustomerSummary | null
}
export interface OnboardingPending {
  status: "pending"
  reference: string
}
export interface OnboardingRejected {
  status: "rejected"
  message: string
}
/** Any answer of start, confirm, resend-pin or status. */
export type OnboardingState = OnboardingPinSent | OnboardingApproved | OnboardingPending | OnboardingRejected
export type StartOnboardingResponse = OnboardingPinSent | OnboardingApproved

// ---- the shopper's account ------------------------------------------------

/** The stored link with its last known limit. */
export interface HasoLink {
  haso_customer_id: string
  verification_method: string
  verified_at: string
  limit: number | null
  available_limit: number | null
  suspended: boolean
  limit_checked_at: string | null
}

export type HasoMe = { linked: false } | { linked: true; live: boolean; haso_customer: HasoLink }

// ---- installments ---------------------------------------------------------

/** One option of the picker. `installment_no` identifies it; show `installment_count`. */
export interface InstallmentOffer {
  installment_no: number
  installment_count: number
  installment_amount: number
  total_amount: number
  fee: number
  down_payment: number
}

export interface InstallmentsResponse {
  amount: number
  currency_code: "try"
  available_limit: number | null
  installments: InstallmentOffer[]
}

/** Public, indicative options from Haso's published rates (no login). */
export interface QuoteOption {
  installment_count: number
  installment_amount: number
  total_amount: number
  fee_rate: number
}

export interface HasoQuote {
  amount: number
  currency_code: "try"
  indicative: true
  installments: QuoteOption[]
  max_installment_count: number
  lowest_installment_amount: number
}

// ---- plans ----------------------------------------------------------------

/** 0 unpaid, 1 paid, 2 partially paid, 3 overdue, 4 cancelled. */
export type InstallmentStatus = number

export interface PlanInstallment {
  payment_code: string
  installment_no: number
  amount: number
  paid_amount: number
  due_date: string
  status: InstallmentStatus
  status_name: string
}

/** 0 awaiting the order, 1 active, 2 cancelled, 3 partially refunded, 4 completed, 5 in enforcement. */
export type TransactionStatus = number

export interface HasoTransaction {
  transaction_code: string
  merchant_oid: string
  status: TransactionStatus
  status_name: string
  total_amount: number
  created_at: string | null
  installments: PlanInstallment[]
}

export interface CustomerPayment extends PlanInstallment {
  transaction_code: string
  merchant_oid: string
}

export interface Page {
  count: number
  limit: number
  offset: number
}
export interface TransactionsResponse extends Page {
  transactions: HasoTransaction[]
}
export interface PaymentsResponse extends Page {
  payments: CustomerPayment[]
}

export interface ListQuery {
  limit?: number
  /** A multiple of `limit` (Haso pages by page number). */
  offset?: number
}
export interface ListPaymentsQuery extends ListQuery {
  status?: InstallmentStatus | InstallmentStatus[]
}

/** The shopper's plan for one of their orders. */
export interface OrderPlan {
  order_id: string
  transaction_code: string
  status: TransactionStatus
  status_name: string
  installment_no: number
  installment_count: number
  total_amount: number
  fee: number
  down_payment: number
  installments: PlanInstallment[]
}

export interface PayOrderResponse {
  order_id: string
  status: "paid"
  amount: number
}

// ---- Medusa's own checkout calls -------------------------------------------

/** What a Haso payment session's `data` shows the browser (more keys may follow); the options come from `getInstallments()`. */
export interface HasoSessionData {
  installment_no: number
  selected_installment?: InstallmentOffer | null
  merchant_oid: string
  amount_kurus: number
  [key: string]: unknown
}

export interface PaymentSession {
  id: string
  provider_id: string
  amount?: number
  currency_code?: string
  status?: string
  data: Record<string, unknown>
  [key: string]: unknown
}

export interface PaymentCollection {
  id: string
  amount?: number
  currency_code?: string
  status?: string
  payment_sessions?: PaymentSession[]
  [key: string]: unknown
}

export interface PaymentCollectionResponse {
  payment_collection: PaymentCollection
}

/** `POST /store/carts/:id/complete`: an order, or the cart back with the reason (e.g. a Haso decline). */
export type CompleteCartResponse =
  | { type: "order"; order: { id: string; [key: string]: unknown } }
  | {
      type: "cart"
      cart: { id: string; [key: string]: unknown }
      error: { message: string; type?: string; name?: string; code?: string }
    }

// ---- errors ---------------------------------------------------------------

/** The machine-readable codes the store API answers with. */
export const HASO_ERROR_CODES = [
  "haso_login_required",
  "haso_not_linked",
  "haso_limit_too_low",
  "haso_suspended",
  "haso_option_not_offered",
  "haso_unavailable",
  "haso_currency_not_supported",
  "haso_customer_unknown",
  "H205",
  "onboarding_expired",
  "too_many_requests",
  "haso_no_transaction",
  "haso_declined",
] as const

/** Codes the kit itself gives failures the API did not name. */
export const KIT_ERROR_CODES = ["unauthorized", "network_error", "unknown"] as const

export type HasoErrorCode = (typeof HASO_ERROR_CODES)[number] | (typeof KIT_ERROR_CODES)[number]
