import type { StorefrontConfig } from "./config"
import type { Lang } from "./texts"

/*
 * Medusa's own store and auth routes, as this storefront uses them: the
 * publishable key on every call, the customer's JWT when logged in, and the
 * shopper's language (x-medusa-locale, the same value the Haso kit sends).
 */

export class MedusaRequestError extends Error {
  constructor(readonly status: number, message: string) {
    super(message)
  }
}

export interface Address {
  first_name: string
  last_name: string
  address_1: string
  /** İlçe (district) in a Turkish address. */
  city: string
  /** İl (province). */
  province: string
  postal_code: string
  phone: string
  country_code: string
}

export interface LineItem {
  id: string
  title: string
  product_title?: string
  quantity: number
  unit_price: number
  total: number
}

export interface Cart {
  id: string
  email?: string | null
  customer_id?: string | null
  completed_at?: string | null
  items?: LineItem[]
  item_total: number
  shipping_total: number
  total: number
  shipping_address?: Partial<Address> | null
  shipping_methods?: { id: string; shipping_option_id: string; name: string; amount: number }[]
  payment_collection?: {
    id: string
    payment_sessions?: { id: string; provider_id: string; data: Record<string, unknown> }[]
  } | null
}

export interface Product {
  id: string
  title: string
  handle: string
  description?: string | null
  variants: { id: string; title?: string; calculated_price?: { calculated_amount: number } | null }[]
}

export interface Customer {
  id: string
  email: string
  first_name?: string | null
  last_name?: string | null
  phone?: string | null
}

export interface Order {
  id: string
  display_id: number
  email: string
  total: number
  created_at: string
  items?: LineItem[]
  shipping_address?: Partial<Address> | null
}

export interface ShippingOption {
  id: string
  name: string
  amount: number
}

const CART_FIELDS = [
  "id", "email", "customer_id", "completed_at", "item_total", "shipping_total", "total",
  "*items", "*shipping_address", "*shipping_methods", "*payment_collection", "*payment_collection.payment_sessions",
].join(",")
const PRODUCT_FIELDS = "id,title,handle,description,*variants,*variants.calculated_price"

export function medusaApi(config: StorefrontConfig, session: { token: () => string | undefined; lang: () => Lang }) {
  async function call<T>(method: "GET" | "POST" | "DELETE", path: string, body?: unknown, token = session.token()): Promise<T> {
    const headers: Record<string, string> = {
      accept: "application/json",
      "x-publishable-api-key": config.publishableKey,
      "x-medusa-locale": session.lang(),
    }
    if (token) headers.authorization = `Bearer ${token}`
    if (body !== undefined) headers["content-type"] = "application/json"
    const response = await fetch(config.medusaUrl + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
    const text = await response.text()
    const json = text ? JSON.parse(text) : undefined
    if (!response.ok) throw new MedusaRequestError(response.status, json?.message || `${method} ${path} answered ${response.status}`)
    return json as T
  }
  const region = `region_id=${encodeURIComponent(config.regionId)}`

  return {
    // ---- catalogue ----
    listProducts: async () =>
      (await call<{ products: Product[] }>("GET", `/store/products?${region}&fields=${PRODUCT_FIELDS}&order=created_at`)).products,
    productByHandle: async (handle: string) =>
      (await call<{ products: Product[] }>("GET", `/store/products?${region}&fields=${PRODUCT_FIELDS}&handle=${encodeURIComponent(handle)}`)).products[0],

    // ---- customers ----
    /** Logs in; the JWT of the customer. */
    login: async (email: string, password: string) =>
      (await call<{ token: string }>("POST", "/auth/customer/emailpass", { email, password }, "")).token,
    /** A new customer: an auth identity, the customer it acts as, then a login (whose token carries the customer). */
    register: async (input: { email: string; password: string; first_name: string; last_name: string; phone?: string }) => {
      const { token } = await call<{ token: string }>("POST", "/auth/customer/emailpass/register", { email: input.email, password: input.password }, "")
      const { password: _password, ...profile } = input
      await call("POST", "/store/customers", { ...profile, phone: profile.phone || undefined }, token)
      return (await call<{ token: string }>("POST", "/auth/customer/emailpass", { email: input.email, password: input.password }, "")).token
    },
    me: async () => (await call<{ customer: Customer }>("GET", "/store/customers/me")).customer,
    listOrders: async () =>
      (await call<{ orders: Order[] }>("GET", "/store/orders?fields=id,display_id,email,total,created_at&order=-created_at&limit=20")).orders,
    order: async (id: string) =>
      (await call<{ order: Order }>("GET", `/store/orders/${encodeURIComponent(id)}?fields=id,display_id,email,total,created_at,*items,*shipping_address`)).order,

    // ---- cart ----
    cart: async (id: string) => (await call<{ cart: Cart }>("GET", `/store/carts/${encodeURIComponent(id)}?fields=${CART_FIELDS}`)).cart,
    createCart: async (items: { variant_id: string; quantity: number }[]) =>
      (await call<{ cart: Cart }>("POST", `/store/carts?fields=${CART_FIELDS}`, { region_id: config.regionId, items })).cart,
    addItem: async (cartId: string, variantId: string, quantity = 1) =>
      (await call<{ cart: Cart }>("POST", `/store/carts/${encodeURIComponent(cartId)}/line-items?fields=${CART_FIELDS}`, { variant_id: variantId, quantity })).cart,
    removeItem: async (cartId: string, lineId: string) => {
      await call("DELETE", `/store/carts/${encodeURIComponent(cartId)}/line-items/${encodeURIComponent(lineId)}`)
    },
    /** A cart made before logging in becomes the customer's. */
    claimCart: async (cartId: string) => {
      await call("POST", `/store/carts/${encodeURIComponent(cartId)}/customer`, {})
    },
    setAddress: async (cartId: string, email: string, address: Address) =>
      (await call<{ cart: Cart }>("POST", `/store/carts/${encodeURIComponent(cartId)}?fields=${CART_FIELDS}`, {
        email,
        shipping_address: address,
        billing_address: address,
      })).cart,
    shippingOptions: async (cartId: string) =>
      (await call<{ shipping_options: ShippingOption[] }>("GET", `/store/shipping-options?cart_id=${encodeURIComponent(cartId)}`)).shipping_options,
    setShipping: async (cartId: string, optionId: string) =>
      (await call<{ cart: Cart }>("POST", `/store/carts/${encodeURIComponent(cartId)}/shipping-methods?fields=${CART_FIELDS}`, { option_id: optionId })).cart,
  }
}

export type MedusaApi = ReturnType<typeof medusaApi>
