import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { reconcileHasoDayStep } from "./steps/reconcile-haso-day"

/** Reconciles one Istanbul day with Haso and stores (or replaces) its report. */
export const reconcileHasoDayWorkflow = createWorkflow("haso-reconcile-day", (input: { date: string }) => {
  return new WorkflowResponse(reconcileHasoDayStep(input))
})
