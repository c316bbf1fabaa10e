import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ownOnboarding, presentOnboarding } from "../../helpers"
import { OnboardingReference } from "../../validators"

/** Where an onboarding stands, from the store's records (a pending report is checked with POST …/check). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const reference = OnboardingReference.safeParse(req.params.reference)
  const onboarding = await ownOnboarding(req.scope, reference.success ? reference.data : "-", req.auth_context.actor_id)
  res.json(await presentOnboarding(req.scope, onboarding))
}
