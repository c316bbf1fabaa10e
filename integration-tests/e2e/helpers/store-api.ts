import { eventually as pollUntil } from "../../http/helpers/sandbox"
import { DEMO_FIXTURES } from "../../../scripts/lib/demo-fixtures"
import type { DemoReady } from "./demo"

/*
 * The store's HTTP APIs as a storefront and a script use them, to set up what
 * the browser walks then look at (orders placed by the demo shopper), and the
 * sandbox's control API to see Haso's side.
 */

export type Json = any // answers are checked by the tests' own expectations

export function storeApi(demo: DemoReady) {
  async function call(method: string, url: string, { body, token, headers = {} }: { body?: unknown; token?: string; headers?: Record<string, string> } = {}): Promise<{ status: number; body: Json }> {
    const response = await fetch(url, {
      method,
      headers: {
        ...(body === undefined ? {} : { "content-type": "application/json" }),
        ...(url.includes("/store/") ? { "x-publishable-api-key": demo.publishableKey } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    return { status: response.status, body: text ? JSON.parse(text) : null }
  }
  async function ok(method: string, path: string, options: { body?: unknown; token?: string } = {}) {
    return okAt(demo.medusaUrl, method, path, options)
  }
  async function okAt(base: string, method: string, path: string, options: { body?: unknown; token?: string } = {}) {
    const answer = await call(method, `${base}${path}`, options)
    if (answer.status >= 300) throw new Error(`${method} ${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`)
    return answer.body
  }

  return {
    call: (method: string, path: string, options?: { body?: unknown; token?: string; headers?: Record<string, string> }) => call(method, `${demo.medusaUrl}${path}`, options),
    ok,
    async adminToken(): Promise<string> {
      return (await ok("POST", "/auth/user/emailpass", { body: demo.admin })).token
    },
    async shopperToken(email = demo.customer.email, password = demo.customer.password): Promise<string> {
      return (await ok("POST", "/auth/customer/emailpass", { body: { email, password } })).token
    },
    /** A Haso order by the demo shopper, paid with `providerId`; the order and the Haso session's merchantOid. */
    async placeHasoOrder(token: string, { providerId = "pp_haso_haso", installmentNo = DEMO_FIXTURES.installmentNo, product = 0 } = {}) {
      const { cart } = await ok("POST", "/store/carts", {
        token,
        body: { region_id: demo.regionId, email: demo.customer.email, shipping_address: DEMO_FIXTURES.shippingAddress, items: [{ variant_id: demo.products[product].variantId, quantity: 1 }] },
      })
      await ok("POST", `/store/carts/${cart.id}/shipping-methods`, { token, body: { option_id: demo.shippingOptionId } })
      const { payment_collection } = await ok("POST", "/store/payment-collections", { token, body: { cart_id: cart.id } })
      const { payment_collection: withSession } = await ok("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, {
        token,
        body: { provider_id: providerId, data: { installment_no: installmentNo } },
      })
      const completed = await ok("POST", `/store/carts/${cart.id}/complete`, { token })
      if (completed.type !== "order") throw new Error(`the order was not placed: ${JSON.stringify(completed.error)}`)
      return { order: completed.order, merchantOid: withSession.payment_sessions[0].data.merchant_oid as string }
    },
    async orderPayment(adminToken: string, orderId: string) {
      const { order } = await ok("GET", `/admin/orders/${orderId}?fields=id,total,*payment_collections,*payment_collections.payments,*payment_collections.payments.refunds`, { token: adminToken })
      return order.payment_collections[0].payments[0]
    },
    async setRegionProviders(adminToken: string, providers: string[]) {
      await ok("POST", `/admin/regions/${demo.regionId}`, { token: adminToken, body: { payment_providers: providers } })
    },
    sandbox: {
      async state(): Promise<Json> {
        return okAt(demo.sandboxUrl, "GET", "/__sandbox/state")
      },
      async transaction(merchantOid: string): Promise<Json> {
        const state = await this.state()
        return state.transactions.find((candidate: { merchantOid: string }) => candidate.merchantOid === merchantOid)
      },
      /** The requests the sandbox received, bodies redacted (personal data masked; ipAddress kept). */
      async requests(): Promise<Json[]> {
        return okAt(demo.sandboxUrl, "GET", "/__sandbox/requests")
      },
      /** `service` "*" faults every service. */
      async fault(service: string, fault: Record<string, unknown>) {
        await okAt(demo.sandboxUrl, "POST", "/__sandbox/faults", { body: { service, ...fault } })
      },
      async clearFaults() {
        await okAt(demo.sandboxUrl, "DELETE", "/__sandbox/faults")
      },
    },
  }
}

/** Polls until `check` stops throwing; the demo's subscribers and jobs take a little longer than the HTTP suites'. */
export function eventually<T>(check: () => T | Promise<T>, timeoutMs = 20_000, intervalMs = 200): Promise<T> {
  return pollUntil(check, timeoutMs, intervalMs)
}
