import { DEMO_FIXTURES } from "../../scripts/lib/demo-fixtures"
import type { Bench } from "./stack"

/* The demo shopper's checkout, a step at a time, as a storefront makes it. */

export const HASO = "pp_haso_haso"
export const SYSTEM = "pp_system_default"
/** The benchmark store's system provider that captures at authorization, as Haso's completion does with autoCapture. */
export const CAPTURING = "pp_capture_at_authorization_bench"
export type Provider = typeof HASO | typeof SYSTEM | typeof CAPTURING

export function shopper(bench: Bench) {
  const { api, demo, shopper: token } = bench
  const steps = {
    /** A cart with a product (`quantity` of it), the address and shipping: ready for payment. */
    async cart(quantity = 1): Promise<string> {
      const { cart } = await api.ok("POST", "/store/carts", {
        token,
        body: { region_id: demo.regionId, email: demo.customer.email, shipping_address: DEMO_FIXTURES.shippingAddress, items: [{ variant_id: demo.products[0].variantId, quantity }] },
      })
      await api.ok("POST", `/store/carts/${cart.id}/shipping-methods`, { token, body: { option_id: demo.shippingOptionId } })
      return cart.id
    },
    async collection(cartId: string): Promise<string> {
      return (await api.ok("POST", "/store/payment-collections", { token, body: { cart_id: cartId } })).payment_collection.id
    },
    async session(collectionId: string, provider: Provider): Promise<void> {
      const data = provider === HASO ? { installment_no: DEMO_FIXTURES.installmentNo } : {}
      await api.ok("POST", `/store/payment-collections/${collectionId}/payment-sessions`, { token, body: { provider_id: provider, data } })
    },
    /** The order placed; its id. */
    async complete(cartId: string): Promise<string> {
      const answer = await api.ok("POST", `/store/carts/${cartId}/complete`, { token })
      if (answer.type !== "order") throw new Error(`cart ${cartId} was not completed: ${JSON.stringify(answer.error ?? answer)}`)
      return answer.order.id
    },
    /** Staff capture the order's payment with Medusa's own admin route. */
    async capture(orderId: string): Promise<void> {
      const { order } = await api.ok("GET", `/admin/orders/${orderId}?fields=id,*payment_collections.payments`, { token: bench.admin })
      const payment = order.payment_collections[0].payments[0]
      await api.ok("POST", `/admin/payments/${payment.id}/capture`, { token: bench.admin, body: {} })
    },
    async addItem(cartId: string): Promise<void> {
      await api.ok("POST", `/store/carts/${cartId}/line-items`, { token, body: { variant_id: demo.products[1 % demo.products.length].variantId, quantity: 1 } })
    },
    async readCart(cartId: string): Promise<void> {
      await api.ok("GET", `/store/carts/${cartId}`, { token })
    },
    async installments(cartId: string): Promise<void> {
      await api.ok("GET", `/store/haso/installments?cart_id=${cartId}`, { token })
    },
    /** A cart with a pending session of `provider`, ready to complete. */
    async ready(provider: Provider): Promise<string> {
      const cartId = await steps.cart()
      await steps.session(await steps.collection(cartId), provider)
      return cartId
    },
  }
  return steps
}
