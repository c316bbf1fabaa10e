import type { MedusaContainer } from "@medusajs/framework/types"
import type { AxiosInstance } from "axios"
import { createAdmin, createPublishableKey, type Headers } from "./auth"

export type StoreFixture = {
  admin: Headers
  adminUserId: string
  publishableKey: string
  regionId: string
  salesChannelId: string
  shippingOptionId: string
  shippingProfileId: string
  variantId: string
}

export const TURKISH_ADDRESS = {
  first_name: "Nilüfer",
  last_name: "Bursalı",
  address_1: "Abc Mahallesi Abc Caddesi No:1",
  city: "Nilüfer",
  province: "Bursa",
  postal_code: "16240",
  country_code: "tr",
  phone: "+90 516 111 22 33",
}

/**
 * A store selling in Turkey, set up through the admin API: a TRY region with
 * the Haso providers, shipping (34.56 TRY) and one product at `price` TRY.
 */
export async function createTurkishStore(
  api: AxiosInstance,
  container: MedusaContainer,
  { price = 1200, shipping = 34.56 }: { price?: number; shipping?: number } = {}
): Promise<StoreFixture> {
  const { headers: admin, userId } = await createAdmin(container)
  const post = async (path: string, body: unknown) => (await api.post(path, body, { headers: admin })).data

  const { sales_channel } = await post("/admin/sales-channels", { name: "Web" })
  const publishableKey = await createPublishableKey(container, sales_channel.id)
  const { region } = await post("/admin/regions", {
    name: "Türkiye",
    currency_code: "try",
    countries: ["tr"],
    payment_providers: ["pp_haso_haso", "pp_haso_haso_manual"],
  })
  const { stock_location } = await post("/admin/stock-locations", {
    name: "İstanbul depo",
    address: { address_1: "Depo Sokak 1", city: "İstanbul", country_code: "tr" },
  })
  await post(`/admin/stock-locations/${stock_location.id}/sales-channels`, { add: [sales_channel.id] })
  await post(`/admin/stock-locations/${stock_location.id}/fulfillment-providers`, { add: ["manual_manual"] })
  const { shipping_profile } = await post("/admin/shipping-profiles", { name: "Standart", type: "default" })
  const withSet = await post(`/admin/stock-locations/${stock_location.id}/fulfillment-sets?fields=*fulfillment_sets`, { name: "Kargo", type: "shipping" })
  const fulfillmentSetId = withSet.stock_location.fulfillment_sets[0].id
  const { fulfillment_set } = await post(`/admin/fulfillment-sets/${fulfillmentSetId}/service-zones`, {
    name: "Türkiye",
    geo_zones: [{ type: "country", country_code: "tr" }],
  })
  const { shipping_option } = await post("/admin/shipping-options", {
    name: "Kargo",
    service_zone_id: fulfillment_set.service_zones[0].id,
    shipping_profile_id: shipping_profile.id,
    provider_id: "manual_manual",
    price_type: "flat",
    type: { label: "Standart", description: "2-3 gün", code: "standard" },
    prices: [{ currency_code: "try", amount: shipping }],
    rules: [
      { attribute: "enabled_in_store", value: "true", operator: "eq" },
      { attribute: "is_return", value: "false", operator: "eq" },
    ],
  })
  const { product } = await post("/admin/products", {
    title: "Çelik Tencere Seti",
    handle: "celik-tencere-seti",
    status: "published",
    shipping_profile_id: shipping_profile.id,
    sales_channels: [{ id: sales_channel.id }],
    options: [{ title: "Boyut", values: ["Standart"] }],
    variants: [
      {
        title: "Standart",
        sku: "TENCERE-STD",
        manage_inventory: false,
        prices: [{ currency_code: "try", amount: price }],
        options: { Boyut: "Standart" },
      },
    ],
  })
  return {
    admin,
    adminUserId: userId,
    publishableKey,
    regionId: region.id,
    salesChannelId: sales_channel.id,
    shippingOptionId: shipping_option.id,
    shippingProfileId: shipping_profile.id,
    variantId: product.variants[0].id,
  }
}

/** A cart with the product and shipping, ready for a payment session. */
export async function createCart(api: AxiosInstance, store: StoreFixture, shopper: Headers, quantity = 1, variantId = store.variantId) {
  const { cart } = (
    await api.post(
      "/store/carts",
      {
        region_id: store.regionId,
        email: "elif@haso.test",
        shipping_address: TURKISH_ADDRESS,
        items: [{ variant_id: variantId, quantity }],
      },
      { headers: shopper }
    )
  ).data
  await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: store.shippingOptionId }, { headers: shopper })
  const { payment_collection } = (await api.post("/store/payment-collections", { cart_id: cart.id }, { headers: shopper })).data
  return { cartId: cart.id as string, paymentCollectionId: payment_collection.id as string }
}

/** Picks Haso at checkout: the storefront's payment-session call. */
export async function chooseHaso(
  api: AxiosInstance,
  shopper: Headers,
  paymentCollectionId: string,
  data: Record<string, unknown> = {},
  providerId = "pp_haso_haso"
) {
  return api.post(
    `/store/payment-collections/${paymentCollectionId}/payment-sessions`,
    { provider_id: providerId, data },
    { headers: shopper, validateStatus: () => true }
  )
}

export async function completeCart(api: AxiosInstance, shopper: Headers, cartId: string) {
  return api.post(`/store/carts/${cartId}/complete`, {}, { headers: shopper, validateStatus: () => true })
}

export async function getOrderPayment(api: AxiosInstance, admin: Headers, orderId: string) {
  const { order } = (
    await api.get(`/admin/orders/${orderId}?fields=*payment_collections,*payment_collections.payments,*payment_collections.payments.refunds`, {
      headers: admin,
    })
  ).data
  return order.payment_collections[0].payments[0]
}
