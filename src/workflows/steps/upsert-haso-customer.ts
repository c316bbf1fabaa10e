import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HASO_MODULE, type HasoModuleService } from "../../modules/haso"

export type UpsertHasoCustomerInput = {
  customer_id: string
  haso_customer_id: string
  verification_method: "kkb" | "existing" | "predefined" | "kds" | "manual"
  limit_amount?: number | null
  available_limit?: number | null
  suspended?: boolean
}

type Previous = { created: string } | { updated: Record<string, unknown> }

/** Creates or updates the customer's Haso link; compensation puts back what was there. */
export const upsertHasoCustomerStep = createStep(
  "haso-upsert-customer-step",
  async (input: UpsertHasoCustomerInput, { container }) => {
    const haso = container.resolve<HasoModuleService>(HASO_MODULE)
    const now = new Date()
    const values = {
      haso_customer_id: input.haso_customer_id,
      verification_method: input.verification_method,
      verified_at: now,
      limit_amount: input.limit_amount ?? null,
      available_limit: input.available_limit ?? null,
      limit_checked_at: input.limit_amount === undefined ? null : now,
      suspended: input.suspended ?? false,
    }
    const [existing] = await haso.listHasoCustomers({ customer_id: input.customer_id })
    if (!existing) {
      const created = await haso.createHasoCustomers({ customer_id: input.customer_id, ...values })
      return new StepResponse(created, { created: created.id } as Previous)
    }
    const previous = {
      id: existing.id,
      haso_customer_id: existing.haso_customer_id,
      verification_method: existing.verification_method,
      verified_at: existing.verified_at,
      limit_amount: existing.limit_amount,
      available_limit: existing.available_limit,
      limit_checked_at: existing.limit_checked_at,
      suspended: existing.suspended,
    }
    const updated = await haso.updateHasoCustomers({ id: existing.id, ...values })
    return new StepResponse(updated, { updated: previous } as Previous)
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const haso = container.resolve<HasoModuleService>(HASO_MODULE)
    if ("created" in previous) {
      await haso.deleteHasoCustomers(previous.created)
    } else {
      await haso.updateHasoCustomers(previous.updated as { id: string })
    }
  }
)
