/*
 * The plugin's admin API responses (src/api/admin/haso, src/api/utils/presenters.ts),
 * as the admin UI reads them. Amounts are in Turkish lira, dates YYYY-MM-DD or ISO.
 */

export type HasoInstallment = {
  payment_code: string
  installment_no: number
  amount: number
  paid_amount: number
  due_date: string
  status: number
  /** unpaid | paid | partially_paid | overdue | cancelled */
  status_name: string
}

export type HasoEvent = {
  id: string
  type: string
  status: "pending" | "succeeded" | "failed" | "unknown" | "reverted"
  order_id: string | null
  customer_id: string | null
  transaction_code: string | null
  amount: number | null
  haso_code: string | null
  message: string | null
  actor_id: string | null
  created_at: string
}

export type Page<T> = { items: T[]; count: number; limit: number; offset: number }

/** GET /admin/haso/orders/:id/plan */
export type HasoOrderPlan = {
  order_id: string
  transaction_code: string
  merchant_oid: string
  haso: {
    status: number
    /** The TransactionStatus key, e.g. "Active", "InExecution". */
    status_name: string
    total_amount: number
    installments: HasoInstallment[]
  }
  medusa: {
    payment_id: string
    amount: number
    refunded_amount: number
    captured_at: string | null
    canceled_at: string | null
  }
}

/** GET /admin/haso/orders/:id/events */
export type HasoEventList = { haso_events: HasoEvent[]; count: number; limit: number; offset: number }

export type HasoTransaction = {
  transaction_code: string
  merchant_oid: string
  status: number
  status_name: string
  total_amount: number
  created_at: string | null
  installments: HasoInstallment[]
}

/** GET /admin/haso/customers/:id */
export type HasoCustomerAccount = {
  haso_customer: {
    id: string
    customer_id: string
    haso_customer_id: string
    verification_method: string | null
    verified_at: string | null
    suspended: boolean
    limit: { haso_customer_id: string; limit: number; available_limit: number; suspended: boolean } | null
  }
  transactions: Page<HasoTransaction>
  payments: Page<HasoInstallment & { transaction_code: string; merchant_oid: string }>
}

export type HasoReconciliation = {
  id: string
  date: string
  status: "matched" | "mismatched" | "failed"
  matched_count: number
  /** At Haso, not in Medusa. */
  missing_in_medusa_count: number
  /** In Medusa, not at Haso. */
  missing_at_haso_count: number
  amount_mismatch_count: number
  duration_ms: number
  error: string | null
  created_at: string
  updated_at: string
}

/** GET /admin/haso/reconciliations */
export type HasoReconciliationList = { reconciliations: HasoReconciliation[]; count: number; limit: number; offset: number }

export type HasoInstallmentRate = {
  installment_no: number
  installment_count: number
  fee_rate: number
  dealer_segment: string | null
}

/** POST routes that act on Haso answer with the event they recorded. */
export type HasoEventResponse = { haso_event: HasoEvent }
