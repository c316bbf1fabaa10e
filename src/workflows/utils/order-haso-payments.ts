import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { hasoRefusal } from "../../errors"
import type { PaymentLedger } from "../../ledger/payment-ledger"
import { isHasoProvider } from "../../providers/haso/provider-id"
import { paymentDataSchema, type HasoPaymentData } from "../../providers/haso/session-data"

export type OrderHasoPayment = {
  id: string
  provider_id: string
  amount: number
  data: Record<string, unknown> | null
  captured_at: Date | string | null
  canceled_at: Date | string | null
  payment_collection_id: string
}

/** An order and its Haso payments, with their data. */
export type OrderHasoPayments = { order_id: string; customer_id: string | null; payments: OrderHasoPayment[] }

/** The order and its Haso payments, in one query; a 404 when there is no such order. */
export async function readOrderHasoPayments(container: MedusaContainer, orderId: string): Promise<OrderHasoPayments> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "customer_id",
      "payment_collections.id",
      "payment_collections.payments.id",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.amount",
      "payment_collections.payments.data",
      "payment_collections.payments.captured_at",
      "payment_collections.payments.canceled_at",
      "payment_collections.payments.payment_collection_id",
    ],
    filters: { id: orderId },
  })
  const order = data[0] as { customer_id?: string | null; payment_collections?: Array<{ payments?: Array<OrderHasoPayment | null> } | null> } | undefined
  if (!order) {
    throw hasoRefusal(MedusaError.Types.NOT_FOUND, "haso_order_not_found", { order_id: orderId })
  }
  const payments = (order.payment_collections ?? [])
    .flatMap((collection) => collection?.payments ?? [])
    .filter((payment): payment is OrderHasoPayment => !!payment && isHasoProvider(payment.provider_id))
  return { order_id: orderId, customer_id: order.customer_id ?? null, payments }
}

export type OrderHasoTransaction = {
  order_id: string
  customer_id: string | null
  payment_id: string
  transaction_code: string
  merchant_oid: string
  amount_kurus: number
  haso_customer_id: string
  payment: OrderHasoPayment
  data: HasoPaymentData
}

/** The authorized Haso transaction among an order's payments, or a 404 saying why there is none. */
export function authorizedHasoTransaction({ order_id, customer_id, payments }: OrderHasoPayments): OrderHasoTransaction {
  for (const payment of payments) {
    const data = paymentDataSchema.safeParse(payment.data)
    if (data.success) {
      return {
        order_id,
        customer_id,
        payment_id: payment.id,
        transaction_code: data.data.transaction_code,
        merchant_oid: data.data.merchant_oid,
        amount_kurus: data.data.amount_kurus,
        haso_customer_id: data.data.haso_customer_id,
        payment,
        data: data.data,
      }
    }
  }
  throw hasoRefusal(MedusaError.Types.NOT_FOUND, "haso_no_transaction", { order_id })
}

/** The order's authorized Haso transaction, read in one query; a 404 when there is no such order or transaction. */
export async function resolveOrderHasoPayment(container: MedusaContainer, orderId: string): Promise<OrderHasoTransaction> {
  return authorizedHasoTransaction(await readOrderHasoPayments(container, orderId))
}

/** The Medusa order of each Haso transaction (by merchantOid) the ledger has tied to a payment. */
export async function ordersOfTransactions(
  container: MedusaContainer,
  ledger: PaymentLedger,
  merchantOids: string[]
): Promise<Map<string, { id: string; display_id: number | null }>> {
  const payments = await ledger.paymentIdsOf(merchantOids)
  const byPayment = await ordersOfPayments(container, [...payments.values()])
  return new Map([...payments].flatMap(([oid, paymentId]) => (byPayment.has(paymentId) ? [[oid, byPayment.get(paymentId)!] as const] : [])))
}

/** The Medusa order of each of these payments, by payment id. */
export async function ordersOfPayments(container: MedusaContainer, paymentIds: string[]): Promise<Map<string, { id: string; display_id: number | null }>> {
  if (!paymentIds.length) return new Map()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "payment",
    fields: ["id", "payment_collection.order.id", "payment_collection.order.display_id"],
    filters: { id: paymentIds },
  })
  return new Map(
    (data as Array<{ id: string; payment_collection?: { order?: { id: string; display_id?: number | null } | null } | null }>).flatMap((row) =>
      row.payment_collection?.order ? [[row.id, { id: row.payment_collection.order.id, display_id: row.payment_collection.order.display_id ?? null }] as const] : []
    )
  )
}
