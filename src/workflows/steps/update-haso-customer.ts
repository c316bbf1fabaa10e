import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HASO_MODULE, type HasoModuleService } from "../../modules/haso"

export type UpdateHasoCustomerInput = {
  id: string
  suspended?: boolean
  limit_amount?: number
  available_limit?: number | null
}

/** Updates the customer's Haso snapshot; compensation restores it. */
export const updateHasoCustomerStep = createStep(
  "haso-update-customer-step",
  async (input: UpdateHasoCustomerInput, { container }) => {
    const haso = container.resolve<HasoModuleService>(HASO_MODULE)
    const previous = await haso.retrieveHasoCustomer(input.id)
    const updated = await haso.updateHasoCustomers({ ...input, limit_checked_at: new Date() })
    return new StepResponse(updated, {
      id: previous.id,
      suspended: previous.suspended,
      limit_amount: previous.limit_amount,
      available_limit: previous.available_limit,
      limit_checked_at: previous.limit_checked_at,
    })
  },
  async (previous, { container }) => {
    if (previous) {
      await container.resolve<HasoModuleService>(HASO_MODULE).updateHasoCustomers(previous as never)
    }
  }
)
