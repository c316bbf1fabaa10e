import type { MedusaContainer } from "@medusajs/framework/types"
import type { AxiosInstance } from "axios"
import { HasoClient } from "../../../src/haso"
import type { HasoSandbox } from "../../../src/sandbox"
import { linkHasoCustomerWorkflow } from "../../../src/workflows"
import { registerCustomer } from "./auth"
import type { StoreFixture } from "./store"

let shoppers = 0

/** A logged-in storefront customer, optionally linked to a new sandbox Haso customer. */
export async function createShopper(
  api: AxiosInstance,
  container: MedusaContainer,
  store: StoreFixture,
  sandbox: HasoSandbox,
  haso: { limit?: number; suspended?: boolean; linked?: boolean } = {}
) {
  const email = `shopper-${Date.now()}-${++shoppers}@haso.test`
  const customer = await registerCustomer(api, store.publishableKey, { email })
  if (haso.linked === false) {
    return { ...customer, hasoCustomerId: undefined }
  }
  const limit = haso.limit ?? 20000
  const hasoCustomer = sandbox.createCustomer({ limit, suspended: haso.suspended })
  await linkHasoCustomerWorkflow(container).run({
    input: {
      customer_id: customer.customerId,
      haso_customer_id: hasoCustomer.customerId,
      verification_method: "manual",
      limit_amount: limit,
      available_limit: limit,
    },
  })
  return { ...customer, hasoCustomerId: hasoCustomer.customerId }
}

/** A Haso client of our own, to change things at the sandbox the way Haso's back office would. */
export function backOfficeClient(sandbox: HasoSandbox) {
  return new HasoClient({ ...sandbox.credentials, apiUrl: sandbox.url, serverIp: "", timeoutMs: 5000, readRetries: 0 })
}
