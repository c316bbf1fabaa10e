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

/** An entry of an order's Haso history: a payment operation or a back-office event. */
export type HasoHistoryEntry = {
  id: string
  source: "payment" | "back_office"
  type: string
  status: "pending" | "succeeded" | "failed" | "unknown" | "abandoned" | "reverted"
  transaction_code: string | null
  amount: number | null
  haso_code: string | null
  message: string | null
  actor_id: string | null
  actor_type: "user" | "customer" | "system" | null
  actor_name: string | null
  refund_id: string | null
  data: { recorded?: boolean } | null
  created_at: string
}

/** GET /admin/haso/orders/:id/plan */
export type HasoOrderPlan = {
  order_id: string
  transaction_code: string
  merchant_oid: string
  haso: {
    status: number
    status_name: string
    order_amount: number
    fee: number
    total_amount: number
    refunded_amount: number
    installment_count: number
    installments: HasoInstallment[]
  }
  medusa: {
    payment_id: string
    order_total: number
    amount: number
    captured_amount: number
    refunded_amount: number
    captured_at: string | null
    canceled_at: string | null
  }
  open_operations: number
}

export type HasoEventList = { haso_events: HasoHistoryEntry[]; count: number; limit: number; offset: number }

export type HasoSyncResult = { synced: Array<{ payment_id: string; actions: Array<{ action: string; amount?: string }> }> }

export type HasoTransaction = {
  transaction_code: string
  merchant_oid: string
  status: number
  status_name: string
  total_amount: number
  created_at: string | null
  installments: HasoInstallment[]
  order: { id: string; display_id: number | null } | null
}

export type Page<T> = { items: T[]; count: number; limit: number; offset: number }

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
}

export type HasoReconciliationList = { reconciliations: HasoReconciliation[]; count: number; limit: number; offset: number }

export type HasoMismatch = {
  kind: string
  type: "transaction" | "refund"
  merchant_oid: string
  transaction_code: string | null
  refund_id: string | null
  haso_amount: number | null
  medusa_amount: number | null
  order: { id: string; display_id: number | null } | null
}

/** GET /admin/haso/reconciliations/:date */
export type HasoReconciliationDetail = { reconciliation: HasoReconciliation & { mismatches: HasoMismatch[] } }

export type HasoInstallmentRate = {
  installment_no: number
  installment_count: number
  fee_rate: number
  dealer_segment: string | null
}
