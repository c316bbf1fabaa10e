import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  settleCanceledHasoPaymentsStep,
  type SettleCanceledHasoPaymentsInput,
} from "./steps/settle-canceled-haso-payments"

/** Makes sure no Haso transaction stays open for a canceled order. */
export const settleCanceledOrderWithHasoWorkflow = createWorkflow(
  "settle-canceled-order-with-haso",
  (input: SettleCanceledHasoPaymentsInput) => new WorkflowResponse(settleCanceledHasoPaymentsStep(input))
)
