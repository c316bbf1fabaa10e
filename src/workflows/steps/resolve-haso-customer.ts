import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { resolveHasoCustomer } from "../utils/haso-customer"

/** The customer's Haso link, or a 404 for an unknown or unlinked customer. */
export const resolveHasoCustomerStep = createStep(
  "haso-resolve-customer-step",
  async ({ customer_id }: { customer_id: string }, { container }) => new StepResponse(await resolveHasoCustomer(container, customer_id))
)
