import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { isHasoProvider } from "../../providers/haso/provider-id"
import { paymentDataSchema, type HasoPaymentData } from "../../providers/haso/session-data"

/** A Medusa payment of Haso as the sync reads it: Medusa's own records, not the plugin's data. */
export type HasoPaymentState = {
  id: string
  amount: string
  captured_at: string | null
  canceled_at: string | null
  created_at: string
  capture_ids: string[]
  /** When the newest capture row was written. */
  last_capture_at: string | null
  captured: string
  refunded: string
  refund_ids: string[]
  order: { id: string; display_id: number | null; status: string | null } | null
  data: HasoPaymentData
}

/** A payment's own fields the sync reads, from the payment itself. */
const PAYMENT_FIELDS = [
  "id",
  "provider_id",
  "raw_amount",
  "data",
  "captured_at",
  "canceled_at",
  "created_at",
  "captures.id",
  "captures.raw_amount",
  "captures.created_at",
  "refunds.id",
  "refunds.raw_amount",
]
const ORDER_FIELDS = ["id", "display_id", "status"]

const PAYMENT_STATE_FIELDS = [...PAYMENT_FIELDS, ...ORDER_FIELDS.map((field) => `payment_collection.order.${field}`)]

type PaymentRow = {
  id: string
  provider_id: string
  raw_amount: unknown
  data: Record<string, unknown> | null
  captured_at: Date | string | null
  canceled_at: Date | string | null
  created_at: Date | string
  captures?: Array<{ id: string; raw_amount: unknown; created_at?: Date | string } | null>
  refunds?: Array<{ id: string; raw_amount: unknown } | null>
  payment_collection?: { order?: { id: string; display_id?: number | null; status?: string | null } | null } | null
}

type OrderRow = {
  id: string
  display_id?: number | null
  status?: string | null
  payment_collections?: Array<{ payments?: Array<PaymentRow | null> } | null>
}

/** Haso payments by id, in the shape the sync reads; others are left out. */
export async function loadHasoPayments(container: MedusaContainer, filters: Record<string, unknown>, take?: number): Promise<HasoPaymentState[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "payment",
    fields: PAYMENT_STATE_FIELDS,
    filters,
    ...(take ? { pagination: { take, order: { created_at: "DESC" } } } : {}),
  })
  return (data as PaymentRow[]).flatMap(hasoStateOf)
}

/**
 * An order's Haso payments, in one query from the order (the order.placed
 * check runs for every order, so it reads what it needs once).
 */
export async function loadOrderHasoPayments(container: MedusaContainer, orderId: string): Promise<HasoPaymentState[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [...ORDER_FIELDS, ...PAYMENT_FIELDS.map((field) => `payment_collections.payments.${field}`)],
    filters: { id: orderId },
  })
  const order = data[0] as OrderRow | undefined
  if (!order) return []
  const { payment_collections, ...fields } = order
  const payment_collection = { order: fields }
  return (payment_collections ?? [])
    .flatMap((collection) => collection?.payments ?? [])
    .flatMap((row) => (row ? hasoStateOf({ ...row, payment_collection }) : []))
}

function hasoStateOf(row: PaymentRow): HasoPaymentState[] {
  const parsed = paymentDataSchema.safeParse(row.data)
  return isHasoProvider(row.provider_id) && parsed.success ? [toState(row, parsed.data)] : []
}

export async function loadHasoPayment(container: MedusaContainer, paymentId: string): Promise<HasoPaymentState | undefined> {
  return (await loadHasoPayments(container, { id: paymentId }))[0]
}

function toState(row: PaymentRow, data: HasoPaymentData): HasoPaymentState {
  const sum = (items: Array<{ raw_amount: unknown } | null> | undefined) =>
    (items ?? []).reduce((total, item) => (item ? MathBN.add(total, item.raw_amount as never) : total), MathBN.convert(0)).toFixed()
  const iso = (value: Date | string | null) => (value ? new Date(value).toISOString() : null)
  const order = row.payment_collection?.order
  return {
    id: row.id,
    amount: MathBN.convert(row.raw_amount as never).toFixed(),
    captured_at: iso(row.captured_at),
    canceled_at: iso(row.canceled_at),
    created_at: new Date(row.created_at).toISOString(),
    capture_ids: (row.captures ?? []).flatMap((capture) => (capture ? [capture.id] : [])),
    last_capture_at: iso(
      (row.captures ?? []).reduce<Date | string | null>((latest, capture) => {
        const at = capture?.created_at ?? null
        return at && (!latest || new Date(at) > new Date(latest)) ? at : latest
      }, null)
    ),
    captured: sum(row.captures),
    refunded: sum(row.refunds),
    refund_ids: (row.refunds ?? []).flatMap((refund) => (refund ? [refund.id] : [])),
    order: order ? { id: order.id, display_id: order.display_id ?? null, status: order.status ?? null } : null,
    data,
  }
}
