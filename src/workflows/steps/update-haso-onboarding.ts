import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HASO_MODULE, type HasoModuleService } from "../../modules/haso"

export type UpdateHasoOnboardingInput = {
  id: string
  status: "pin_sent" | "pending" | "approved" | "rejected" | "expired"
}

/** Moves an onboarding attempt to its new status; compensation moves it back. */
export const updateHasoOnboardingStep = createStep(
  "update-haso-onboarding",
  async (input: UpdateHasoOnboardingInput, { container }) => {
    const haso = container.resolve<HasoModuleService>(HASO_MODULE)
    const previous = await haso.retrieveHasoOnboarding(input.id)
    const done = input.status === "approved" || input.status === "rejected"
    const updated = await haso.updateHasoOnboardings({ id: input.id, status: input.status, completed_at: done ? new Date() : null })
    return new StepResponse(updated, { id: previous.id, status: previous.status, completed_at: previous.completed_at })
  },
  async (previous, { container }) => {
    if (previous) {
      await container.resolve<HasoModuleService>(HASO_MODULE).updateHasoOnboardings(previous)
    }
  }
)
