import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { PaymentLedger } from "../../ledger/payment-ledger"
import { loadHasoPayments, type HasoPaymentState } from "./haso-payment-state"
import { needsSync } from "./needs-sync"

/**
 * The Haso payments of the last `since` that may be out of step: open ones
 * (not captured, not cancelled), those of recently cancelled orders, and those
 * with a Haso call whose outcome the ledger still holds open. Then only those
 * `needsSync` confirms, so a store in step costs no Haso call.
 */
export async function findPaymentsToSync(container: MedusaContainer, ledger: PaymentLedger, since: Date, now = new Date()): Promise<HasoPaymentState[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const candidates = new Map<string, HasoPaymentState>()
  const add = (payments: HasoPaymentState[]) => payments.forEach((payment) => candidates.set(payment.id, payment))

  add(await loadHasoPayments(container, { captured_at: null, canceled_at: null, created_at: { $gte: since.toISOString() } }))

  const { data: cancelled } = await query.graph({
    entity: "order",
    fields: ["id", "payment_collections.payments.id"],
    filters: { status: "canceled", updated_at: { $gte: since.toISOString() } },
  })
  const cancelledPaymentIds = (cancelled as Array<{ payment_collections?: Array<{ payments?: Array<{ id: string } | null> } | null> }>)
    .flatMap((order) => order.payment_collections ?? [])
    .flatMap((collection) => collection?.payments ?? [])
    .flatMap((payment) => (payment ? [payment.id] : []))
  if (cancelledPaymentIds.length) add(await loadHasoPayments(container, { id: cancelledPaymentIds }))

  // Calls under way are the provider's business; only outcomes open for a while are the sync's.
  const settledBefore = new Date(now.getTime() - ledger.leaseMs)
  const open = [...(await ledger.open(settledBefore, 500)), ...(await ledger.unrecordedRefunds(500))]
  const byOid = await ledger.paymentIdsOf([...new Set(open.map((operation) => operation.merchant_oid))])
  const ledgerPaymentIds = [...new Set(byOid.values())].filter((id) => !candidates.has(id))
  if (ledgerPaymentIds.length) add(await loadHasoPayments(container, { id: ledgerPaymentIds }))

  const due: HasoPaymentState[] = []
  for (const payment of candidates.values()) {
    if (needsSync(payment, await ledger.operations(payment.data.merchant_oid))) due.push(payment)
  }
  return due
}
