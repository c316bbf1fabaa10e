import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addOrderTransactionStep, authorizePaymentSessionStep, createPaymentSessionsWorkflow } from "@medusajs/medusa/core-flows"
import { toKurus } from "../../haso/money"
import { buildUserAddress, type AddressForHaso } from "../../mapping/address"
import { attachCheckout } from "./attach-checkout"

export type PayOrderWithHasoInput = {
  order_id: string
  display_id: number | null
  payment_collection_id: string
  provider_id: string
  customer_id: string
  amount: string
  installment_no?: number
  shipping_address?: AddressForHaso | null
}

/** The outstanding amount as Haso's basket: one line for what the order still owes. */
const prepareBasketStep = createStep(
  "haso-prepare-outstanding-basket-step",
  async (input: { session_id: string; order: PayOrderWithHasoInput }, { container }) => {
    const { order } = input
    const label = `#${order.display_id ?? order.order_id}`
    await attachCheckout(container, input.session_id, {
      basket: [{ skuCode: `ORDER-${label.slice(1)}`, skudefinitionId: "outstanding", skuAmount: toKurus(order.amount), skuMerchantContributionRate: 0, productName: `Sipariş ${label} ek ödeme / additional payment` }],
      user_address: buildUserAddress(order.shipping_address) ?? null,
    })
    return new StepResponse(undefined)
  }
)

/**
 * Pays what an order still owes (after an order edit or an exchange that
 * raised its total) with Haso: a Haso session on the order's outstanding
 * payment collection, authorized, and recorded as the order's payment, the way
 * Medusa's own mark-as-paid does it for the system provider. With autoCapture
 * the new Haso transaction is activated at once and the order shows it paid.
 */
export const payOrderWithHasoWorkflow = createWorkflow("haso-pay-order", (input: PayOrderWithHasoInput) => {
  const session = createPaymentSessionsWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      payment_collection_id: input.payment_collection_id,
      provider_id: input.provider_id,
      customer_id: input.customer_id,
      data: input.installment_no ? { installment_no: input.installment_no } : {},
    })),
  })
  prepareBasketStep(transform({ session, input }, ({ session, input }) => ({ session_id: session.id, order: input })))
  const payment = authorizePaymentSessionStep({ id: session.id })
  addOrderTransactionStep(
    transform({ payment, input }, ({ payment, input }) =>
      (payment?.captures ?? []).map((capture) => ({
        order_id: input.order_id,
        amount: capture.raw_amount ?? capture.amount,
        currency_code: payment!.currency_code,
        reference: "capture",
        reference_id: capture.id,
      }))
    )
  )
  return new WorkflowResponse(payment)
})
