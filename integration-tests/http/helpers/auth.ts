import type { MedusaContainer } from "@medusajs/framework/types"
import { ApiKeyType, ContainerRegistrationKeys, Modules, generateJwtToken } from "@medusajs/framework/utils"
import type { AxiosInstance } from "axios"

export type Headers = Record<string, string>

/** An admin user and a bearer token for the admin API. */
export async function createAdmin(container: MedusaContainer): Promise<{ headers: Headers; userId: string }> {
  const userModule = container.resolve(Modules.USER)
  const authModule = container.resolve(Modules.AUTH)
  const user = await userModule.createUsers({ email: `admin-${Date.now()}@haso.test`, first_name: "Ayşe", last_name: "Yönetici" })
  const identity = await authModule.createAuthIdentities({
    provider_identities: [{ provider: "emailpass", entity_id: user.email }],
    app_metadata: { user_id: user.id },
  })
  const { http } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  const token = generateJwtToken(
    { actor_id: user.id, actor_type: "user", auth_identity_id: identity.id, app_metadata: { user_id: user.id } },
    { secret: http.jwtSecret, expiresIn: "1d" }
  )
  return { headers: { authorization: `Bearer ${token}` }, userId: user.id }
}

/** A publishable key for the sales channel, as a storefront sends it. */
export async function createPublishableKey(container: MedusaContainer, salesChannelId: string): Promise<string> {
  const apiKeys = container.resolve(Modules.API_KEY)
  const key = await apiKeys.createApiKeys({ title: "Storefront", type: ApiKeyType.PUBLISHABLE, created_by: "test" })
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  await link.create({ [Modules.API_KEY]: { publishable_key_id: key.id }, [Modules.SALES_CHANNEL]: { sales_channel_id: salesChannelId } })
  return key.token
}

/** Registers and logs in a storefront customer over the store and auth APIs. */
export async function registerCustomer(
  api: AxiosInstance,
  publishableKey: string,
  person: { email: string; first_name?: string; last_name?: string; password?: string }
): Promise<{ headers: Headers; customerId: string }> {
  const password = person.password ?? "Sifre-1234"
  const store = { "x-publishable-api-key": publishableKey }
  const registration = await api.post("/auth/customer/emailpass/register", { email: person.email, password })
  const created = await api.post(
    "/store/customers",
    { email: person.email, first_name: person.first_name ?? "Elif", last_name: person.last_name ?? "Şahin" },
    { headers: { ...store, authorization: `Bearer ${registration.data.token}` } }
  )
  const login = await api.post("/auth/customer/emailpass", { email: person.email, password })
  return { headers: { ...store, authorization: `Bearer ${login.data.token}` }, customerId: created.data.customer.id }
}
