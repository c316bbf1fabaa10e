import { createWorkflow, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ensureHasoAccountHoldersStep } from "./steps/ensure-haso-account-holders"
import { moveHasoOnboardingStep } from "./steps/move-haso-onboarding"
import { upsertHasoCustomerStep, type UpsertHasoCustomerInput } from "./steps/upsert-haso-customer"

export type LinkHasoCustomerInput = UpsertHasoCustomerInput & {
  /** The storefront onboarding attempt this link completes, if any. */
  onboarding_id?: string
}

/**
 * Links a Medusa customer to their Haso customer: the plugin's record (limit
 * snapshot, no personal data), the payment account holders checkout reads,
 * and the onboarding attempt that led here, all or nothing.
 */
export const linkHasoCustomerWorkflow = createWorkflow("haso-link-customer", (input: LinkHasoCustomerInput) => {
  const hasoCustomer = upsertHasoCustomerStep(input)
  ensureHasoAccountHoldersStep({ customer_id: input.customer_id, haso_customer_id: input.haso_customer_id })
  when("onboarding-completed", { input }, ({ input }) => !!input.onboarding_id).then(() => {
    moveHasoOnboardingStep({ id: input.onboarding_id as string, status: "approved" })
  })
  return new WorkflowResponse(hasoCustomer)
})
