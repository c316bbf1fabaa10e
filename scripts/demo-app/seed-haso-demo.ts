import fs from "node:fs"
import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ApiKeyType, ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createCustomerAccountWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { linkHasoCustomerWorkflow } from "medusa-plugin-haso/workflows"

/*
 * The demo store, run by `npm run demo` at every start with
 * `medusa exec ./src/scripts/seed-haso-demo.ts` (copied from the plugin's
 * scripts/demo-app). Each part is found by name before it is created, so a
 * second run, or one after an interrupted first, creates nothing twice. The
 * customer is linked again each time: the Haso sandbox keeps its customers in
 * memory, so the demo recreates theirs at every start.
 *
 * Input: HASO_DEMO_SEED (JSON: scripts/lib/demo-fixtures.js plus the sandbox
 * customer's id). Output: HASO_DEMO_SEED_OUTPUT (JSON of the ids).
 */

type Fixtures = {
  customer: { email: string; password: string; first_name: string; last_name: string }
  admin: { email: string }
  region: { name: string; country_code: string; currency_code: string }
  salesChannel: string
  publishableKeyTitle: string
  stockLocation: { name: string; address: { address_1: string; city: string; country_code: string } }
  shipping: { name: string; price: number }
  products: { title: string; handle: string; sku: string; price: number }[]
  hasoCustomer: { id: string; limit: number }
}

export default async function seedHasoDemo({ container }: ExecArgs) {
  const input = JSON.parse(process.env.HASO_DEMO_SEED ?? "") as Fixtures
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)

  const salesChannelId = await ensureSalesChannel(container, input)
  const regionId = await ensureRegion(container, input)
  const { shippingOptionId } = await ensureShipping(container, input, salesChannelId, regionId)
  const publishableKey = await ensurePublishableKey(container, input, salesChannelId)
  const products = await ensureProducts(container, input, salesChannelId)
  const customerId = await ensureCustomer(container, input)

  await linkHasoCustomerWorkflow(container).run({
    input: {
      customer_id: customerId,
      haso_customer_id: input.hasoCustomer.id,
      verification_method: "manual",
      limit_amount: input.hasoCustomer.limit,
      available_limit: input.hasoCustomer.limit,
    },
  })
  const [adminUser] = await container.resolve(Modules.USER).listUsers({ email: input.admin.email })

  const output = { regionId, salesChannelId, shippingOptionId, publishableKey, products, customerId, adminExists: !!adminUser }
  fs.writeFileSync(process.env.HASO_DEMO_SEED_OUTPUT ?? "", JSON.stringify(output, null, 2))
  logger.info(`Haso demo store ready: customer ${customerId} linked to Haso customer ${input.hasoCustomer.id}`)
}

async function ensureSalesChannel(container: MedusaContainer, input: Fixtures): Promise<string> {
  const salesChannels = container.resolve(Modules.SALES_CHANNEL)
  let [channel] = await salesChannels.listSalesChannels({ name: input.salesChannel })
  if (!channel) {
    const { result } = await createSalesChannelsWorkflow(container).run({ input: { salesChannelsData: [{ name: input.salesChannel }] } })
    channel = result[0]
  }
  // TRY only, and this channel by default, so the admin shows prices in lira.
  const [store] = await container.resolve(Modules.STORE).listStores()
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: { supported_currencies: [{ currency_code: input.region.currency_code, is_default: true }], default_sales_channel_id: channel.id },
    },
  })
  return channel.id
}

async function ensureRegion(container: MedusaContainer, input: Fixtures): Promise<string> {
  const [existing] = await container.resolve(Modules.REGION).listRegions({ name: input.region.name })
  if (existing) {
    return existing.id
  }
  const { result } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: input.region.name,
          currency_code: input.region.currency_code,
          countries: [input.region.country_code],
          payment_providers: ["pp_haso_haso"],
        },
      ],
    },
  })
  return result[0].id
}

async function ensureShipping(container: MedusaContainer, input: Fixtures, salesChannelId: string, regionId: string) {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const link = container.resolve(ContainerRegistrationKeys.LINK)

  const [existingOption] = await fulfillment.listShippingOptions({ name: input.shipping.name })
  if (existingOption) {
    return { shippingOptionId: existingOption.id }
  }

  let [location] = await container.resolve(Modules.STOCK_LOCATION).listStockLocations({ name: input.stockLocation.name })
  if (!location) {
    const { result } = await createStockLocationsWorkflow(container).run({ input: { locations: [input.stockLocation] } })
    location = result[0]
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
    })
    await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [salesChannelId] } })
  }

  const profileId = await defaultShippingProfile(container)
  const set = await fulfillment.createFulfillmentSets({
    name: `${input.stockLocation.name} kargo`,
    type: "shipping",
    service_zones: [{ name: input.region.name, geo_zones: [{ type: "country", country_code: input.region.country_code }] }],
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_set_id: set.id },
  })
  const { result } = await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: input.shipping.name,
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: set.service_zones[0].id,
        shipping_profile_id: profileId,
        type: { label: "Standart", description: "2-3 iş günü", code: "standard" },
        prices: [
          { currency_code: input.region.currency_code, amount: input.shipping.price },
          { region_id: regionId, amount: input.shipping.price },
        ],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
      },
    ],
  })
  return { shippingOptionId: result[0].id }
}

async function defaultShippingProfile(container: MedusaContainer): Promise<string> {
  const [profile] = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" })
  if (profile) {
    return profile.id
  }
  const { result } = await createShippingProfilesWorkflow(container).run({ input: { data: [{ name: "Default", type: "default" }] } })
  return result[0].id
}

async function ensurePublishableKey(container: MedusaContainer, input: Fixtures, salesChannelId: string): Promise<string> {
  const apiKeys = container.resolve(Modules.API_KEY)
  let key = (await apiKeys.listApiKeys({ title: input.publishableKeyTitle, type: ApiKeyType.PUBLISHABLE })).find((found) => !found.revoked_at)
  if (!key) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: input.publishableKeyTitle, type: ApiKeyType.PUBLISHABLE, created_by: "" }] },
    })
    key = result[0]
    await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [salesChannelId] } })
  }
  return key.token
}

async function ensureProducts(container: MedusaContainer, input: Fixtures, salesChannelId: string) {
  const productModule = container.resolve(Modules.PRODUCT)
  const handles = input.products.map((product) => product.handle)
  const existing = await productModule.listProducts({ handle: handles }, { relations: ["variants"] })
  const missing = input.products.filter((product) => !existing.some((found) => found.handle === product.handle))
  let created: typeof existing = []
  if (missing.length) {
    const profileId = await defaultShippingProfile(container)
    const { result } = await createProductsWorkflow(container).run({
      input: {
        products: missing.map((product) => ({
          title: product.title,
          handle: product.handle,
          status: ProductStatus.PUBLISHED,
          shipping_profile_id: profileId,
          sales_channels: [{ id: salesChannelId }],
          options: [{ title: "Model", values: ["Standart"] }],
          variants: [
            {
              title: "Standart",
              sku: product.sku,
              manage_inventory: false,
              options: { Model: "Standart" },
              prices: [{ currency_code: input.region.currency_code, amount: product.price }],
            },
          ],
        })),
      },
    })
    created = result as typeof existing
  }
  const all = [...existing, ...created]
  return input.products.map((product) => {
    const found = all.find((candidate) => candidate.handle === product.handle)!
    return { title: product.title, handle: product.handle, price: product.price, variantId: found.variants[0].id }
  })
}

/** The storefront customer, with the emailpass identity `POST /auth/customer/emailpass` logs in with. */
async function ensureCustomer(container: MedusaContainer, input: Fixtures): Promise<string> {
  const { email, password, first_name, last_name } = input.customer
  const [existing] = await container.resolve(Modules.CUSTOMER).listCustomers({ email, has_account: true })
  if (existing) {
    return existing.id
  }
  const auth = container.resolve(Modules.AUTH)
  const registered = await auth.register("emailpass", { body: { email, password } })
  let identityId = registered.authIdentity?.id
  if (!registered.success || !identityId) {
    // Registered by an interrupted earlier run, before its customer was created.
    const [identity] = await auth.listAuthIdentities({ provider_identities: { entity_id: email, provider: "emailpass" } })
    identityId = identity?.id
  }
  if (!identityId) {
    throw new Error(`could not register ${email}: ${registered.error}`)
  }
  const { result } = await createCustomerAccountWorkflow(container).run({
    input: { authIdentityId: identityId, customerData: { email, first_name, last_name } },
  })
  return result.id
}
