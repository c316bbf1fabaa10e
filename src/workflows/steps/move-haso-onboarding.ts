import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HASO_MODULE, type HasoModuleService } from "../../modules/haso"
import type { OnboardingStatus } from "../../modules/haso/onboarding-states"

export type MoveHasoOnboardingInput = { id: string; status: OnboardingStatus }

/** Moves an onboarding attempt along its states; compensation puts back where it was. */
export const moveHasoOnboardingStep = createStep(
  "haso-move-onboarding-step",
  async (input: MoveHasoOnboardingInput, { container }) => {
    const haso = container.resolve<HasoModuleService>(HASO_MODULE)
    const previous = await haso.retrieveHasoOnboarding(input.id)
    const moved = await haso.moveOnboarding(input.id, input.status)
    return new StepResponse(moved, { id: previous.id, status: previous.status, completed_at: previous.completed_at })
  },
  async (previous, { container }) => {
    if (previous) {
      await container.resolve<HasoModuleService>(HASO_MODULE).updateHasoOnboardings(previous)
    }
  }
)
