import type { HasoServiceName } from "../../haso/contract/services"
import { collectionHandlers } from "./collections"
import type { Handlers } from "./common"
import { customerHandlers } from "./customers"
import { executionHandlers } from "./execution"
import { onboardingHandlers } from "./onboarding"
import { rateHandlers } from "./rates"
import { reconciliationHandlers } from "./reconciliation"
import { refundHandlers } from "./refunds"
import { transactionHandlers } from "./transactions"

export { HasoFailure } from "./common"

/** One handler per service of the contract; the type makes a missing one a compile error. */
export const SERVICE_HANDLERS: Handlers<HasoServiceName> = {
  ...rateHandlers,
  ...onboardingHandlers,
  ...transactionHandlers,
  ...collectionHandlers,
  ...refundHandlers,
  ...executionHandlers,
  ...reconciliationHandlers,
  ...customerHandlers,
}
