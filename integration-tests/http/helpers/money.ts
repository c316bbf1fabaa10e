import type { MedusaContainer } from "@medusajs/framework/types"
import type { AxiosInstance } from "axios"
import { toKurus } from "../../../src/haso/money"
import { syncDuePayments } from "../../../src/jobs/haso-sync"
import type { HasoSandbox } from "../../../src/sandbox"
import type { Headers } from "./auth"
import { eventually } from "./sandbox"

/*
 * Both sides' books, compared the way an accountant would: per Haso payment,
 * what Medusa holds as captured minus refunded (its capture and refund rows)
 * against what Haso holds active (activated amount minus refunded).
 */

type PaymentRow = {
  id: string
  provider_id: string
  data: { merchant_oid?: string } | null
  captured_at: string | null
  canceled_at: string | null
  captures?: Array<{ amount: number }>
  refunds?: Array<{ amount: number }>
}

export async function orderPayments(api: AxiosInstance, admin: Headers, orderId: string): Promise<PaymentRow[]> {
  const { order } = (
    await api.get(`/admin/orders/${orderId}?fields=id,*payment_collections,*payment_collections.payments,*payment_collections.payments.captures,*payment_collections.payments.refunds`, {
      headers: admin,
    })
  ).data
  return order.payment_collections.flatMap((collection: { payments?: PaymentRow[] }) => collection.payments ?? []).filter((payment: PaymentRow) => payment.provider_id.startsWith("pp_haso_"))
}

export type Books = { merchantOid: string; medusaKurus: number; hasoKurus: number; medusaRefundedKurus: number; hasoRefundedKurus: number }

/** Each Haso payment of the order with both sides' net amounts in kuruş. */
export async function books(api: AxiosInstance, admin: Headers, sandbox: HasoSandbox, orderId: string): Promise<Books[]> {
  const sum = (rows: Array<{ amount: number }> | undefined) => (rows ?? []).reduce((total, row) => total + toKurus(row.amount), 0)
  return (await orderPayments(api, admin, orderId)).map((payment) => {
    const merchantOid = payment.data?.merchant_oid ?? ""
    const transaction = sandbox.transactionByMerchantOid(merchantOid)
    const captured = sum(payment.captures)
    const refunded = sum(payment.refunds)
    const hasoRefunded = transaction?.refundedKurus ?? 0
    const hasoActive = transaction?.activatedAt ? transaction.orderAmountKurus - hasoRefunded : 0
    return { merchantOid, medusaKurus: captured - refunded, hasoKurus: hasoActive, medusaRefundedKurus: refunded, hasoRefundedKurus: hasoRefunded }
  })
}

export function inStep(entries: Books[]): boolean {
  return entries.every((entry) => entry.medusaKurus === entry.hasoKurus && entry.medusaRefundedKurus === entry.hasoRefundedKurus)
}

/** The periodic sync as the worker runs it, a while later (what is younger than a lease is still in flight). */
export function runSync(container: MedusaContainer) {
  return syncDuePayments(container, { enabled: true, lookbackDays: 1 }, new Date(Date.now() + 120_000))
}

/**
 * Runs the sync until the order's books agree (a late Haso answer arrives, a
 * lost answer's grace passes) and, when given, `settled` holds for each payment.
 */
export async function syncUntilInStep(
  container: MedusaContainer,
  api: AxiosInstance,
  admin: Headers,
  sandbox: HasoSandbox,
  orderId: string,
  settled: (entry: Books) => boolean = () => true,
  timeoutMs = 45_000
) {
  return eventually(async () => {
    await runSync(container)
    const entries = await books(api, admin, sandbox, orderId)
    if (!inStep(entries) || !entries.every(settled)) throw new Error(`not in step yet: ${JSON.stringify(entries)}`)
    return entries
  }, timeoutMs, 1_000)
}
