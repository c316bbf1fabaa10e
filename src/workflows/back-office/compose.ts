import { transform, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import type { HasoAction } from "../../i18n/messages"
import { resolveHasoCustomerStep } from "../steps/resolve-haso-customer"
import { resolveOrderHasoPaymentStep } from "../steps/resolve-order-haso-payment"
import type { OrderHasoTransaction } from "../utils/order-haso-payments"
import { reserveHasoEventStep, type HasoEventInput } from "../steps/reserve-haso-event"
import { sendToHasoStep, type HasoCall } from "../steps/send-to-haso"

/*
 * The shape every back-office operation shares: find what it acts on, reserve
 * an event (so a repeat is recognised), send one request to Haso, record what
 * Haso said. These helpers compose those steps inside a workflow definition.
 */

export type Operation = {
  event: Pick<HasoEventInput, "type" | "idempotency_key" | "resend_safe" | "amount" | "data">
  call: HasoCall
  inverse?: HasoCall | null
  /** What staff were doing, for "Haso refused to …" (i18n/messages.ts HASO_ACTIONS). */
  action: HasoAction
}

type Actor = { actor_id?: string | null }

/** An operation on an order's Haso transaction. */
export function sendOrderOperation<I extends { order_id: string } & Actor>(
  input: WorkflowData<I> | I,
  build: (payment: OrderHasoTransaction, input: I) => Operation
) {
  const payment = resolveOrderHasoPaymentStep({ order_id: (input as I).order_id })
  const operation = transform({ payment, input }, ({ payment, input }) => build(payment, input as I))
  const reserved = reserveHasoEventStep(
    transform({ operation, payment, input }, ({ operation, payment, input }) => ({
      ...operation.event,
      order_id: payment.order_id,
      customer_id: payment.customer_id,
      transaction_code: payment.transaction_code,
      merchant_oid: payment.merchant_oid,
      actor_id: (input as I).actor_id ?? null,
    }))
  )
  return sendToHasoStep(transform({ reserved, operation }, ({ reserved, operation }) => ({ reserved, ...pick(operation) })))
}

/** An operation on a customer's Haso account. */
export function sendCustomerOperation<I extends { customer_id: string } & Actor>(
  input: WorkflowData<I> | I,
  build: (link: { id: string; haso_customer_id: string; limit_amount: unknown }, input: I) => Operation
) {
  const link = resolveHasoCustomerStep({ customer_id: (input as I).customer_id })
  const operation = transform({ link, input }, ({ link, input }) => build(link, input as I))
  const reserved = reserveHasoEventStep(
    transform({ operation, input }, ({ operation, input }) => ({
      ...operation.event,
      customer_id: (input as I).customer_id,
      actor_id: (input as I).actor_id ?? null,
    }))
  )
  const event = sendToHasoStep(transform({ reserved, operation }, ({ reserved, operation }) => ({ reserved, ...pick(operation) })))
  return { link, event }
}

function pick(operation: Operation) {
  return { call: operation.call, inverse: operation.inverse ?? null, action: operation.action, resend_safe: operation.event.resend_safe }
}
