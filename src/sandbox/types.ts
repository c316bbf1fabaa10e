import type { HasoServiceName } from "../haso/contract/services"

/* Public types of the local Haso sandbox. Views expose integer kuruş. */

export interface SandboxInstallmentRate {
  /** The id a client sends back as `selectedInstallment`. */
  installmentNo: number
  installmentCount: number
  /** Percent of the order amount, e.g. 4.5. */
  feeRate: number
  dealerSegment?: string
}

export interface HasoSandboxOptions {
  /** Default 4010; 0 = a random free port. */
  port?: number
  /** Default "127.0.0.1". */
  host?: string
  merchantId?: string
  merchantKey?: string
  merchantSalt?: string
  /** The fixed SMS PIN every KKB request accepts. Default "123456". */
  testPin?: string
  installmentRates?: SandboxInstallmentRate[]
  /** The sandbox clock. Default `() => new Date()`. */
  now?: () => Date
}

export type SandboxFaultPhase = "before" | "after"

/**
 * `phase: "before"` (default) fails without processing the request; `"after"`
 * processes it (state changes) and then spoils the answer. `times` = how many
 * matching requests it affects before removing itself (default: until cleared).
 * A `latency` fault delays and then answers normally: "before" delays the
 * processing, "after" delays the answer of an already processed request.
 */
export type SandboxFault =
  | { kind: "latency"; ms: number; phase?: SandboxFaultPhase; times?: number }
  | { kind: "http_error"; status: 500 | 503; phase?: SandboxFaultPhase; times?: number }
  | { kind: "drop"; phase?: SandboxFaultPhase; times?: number }
  | { kind: "malformed"; phase?: SandboxFaultPhase; times?: number }
  | { kind: "business_error"; code: string; message?: string; times?: number }

export type SandboxKkbResult = { result: "approved"; limit: number } | { result: "rejected" }

/**
 * What a confirmed PIN leads to for a TCKN. `limit` is in lira. `pending`:
 * `checks` CheckKkbReportResult calls still answer Pending, the next one resolves to `then`.
 */
export type SandboxKkbOutcome = SandboxKkbResult | { result: "pending"; checks: number; then: SandboxKkbResult }

export interface SandboxCustomerInput {
  /** Lira. */
  limit: number
  /** Lira; default = limit. */
  availableLimit?: number
  tckn?: string
  mobileNumber?: string
  name?: string
  surname?: string
  email?: string
  suspended?: boolean
  /** Risky customers pay their first installment as a down payment. */
  risky?: boolean
  dealerSegment?: string
}

export interface SandboxCustomerView {
  customerId: string
  name: string
  surname: string
  email: string
  tcknMasked: string
  mobileMasked: string
  limitKurus: number
  availableKurus: number
  balanceKurus: number
  /** 1 active, 2 suspended. */
  status: 1 | 2
  risky: boolean
  dealerSegment: string | null
}

export interface SandboxPaymentView {
  paymentCode: string
  installmentNo: number
  amountKurus: number
  paidKurus: number
  /** yyyy-MM-dd */
  termDate: string
  /** 6.2, overdue (3) computed against the sandbox clock. */
  status: number
}

export interface SandboxTransactionView {
  transactionCode: string
  merchantOid: string
  customerId: string
  orderAmountKurus: number
  feeKurus: number
  totalKurus: number
  downPaymentKurus: number
  installmentNo: number
  installmentCount: number
  status: number
  refundedKurus: number
  expenseKurus: number
  basketList: unknown[] | null
  userAddress: unknown | null
  createdAt: string
  activatedAt: string | null
  payments: SandboxPaymentView[]
}

export interface SandboxRefundView {
  refundId: string
  transactionCode: string
  merchantOid: string
  amountKurus: number
  full: boolean
  createdAt: string
}

export interface SandboxRequestRecord {
  at: string
  /** null for a path that is no Haso service (answered 404). */
  service: HasoServiceName | null
  path: string
  /** The request body with personal data and secrets masked; null when it was not JSON. */
  body: unknown
  /** "ok", the Haso code of a refusal, "fault:<kind>" or "not_found". */
  outcome: string
  /** When a fault applied after processing (or a latency fault): what the processing itself gave. */
  processed?: string
  /** null when the socket was dropped. */
  httpStatus: number | null
}

export interface SandboxGenerateInput {
  count: number
  /** Istanbul day, yyyy-MM-dd. */
  date: string
  /** Every n-th transaction gets a partial refund; default 10, 0 = none. */
  refundEvery?: number
}

export interface HasoSandbox {
  url: string
  port: number
  credentials: { merchantId: string; merchantKey: string; merchantSalt: string }
  /** Stops listening and destroys open keep-alive sockets. */
  close(): Promise<void>
  /** Clears customers, transactions, refunds, KKB requests, events, faults and the request log. */
  reset(): void
  createCustomer(input: SandboxCustomerInput): SandboxCustomerView
  customer(customerId: string): SandboxCustomerView | undefined
  transactions(): SandboxTransactionView[]
  transaction(code: string): SandboxTransactionView | undefined
  transactionByMerchantOid(oid: string): SandboxTransactionView | undefined
  refunds(): SandboxRefundView[]
  requests(): SandboxRequestRecord[]
  setFault(service: HasoServiceName | "*", fault: SandboxFault): void
  clearFaults(): void
  setKkbOutcome(tckn: string, outcome: SandboxKkbOutcome): void
  /** Overrides the clock; null = back to `options.now`. */
  setNow(date: Date | null): void
  generateTransactions(input: SandboxGenerateInput): { customerId: string; transactionCodes: string[] }
  /** JSON-safe view of all state, without raw TCKNs or phone numbers. */
  snapshot(): object
}
