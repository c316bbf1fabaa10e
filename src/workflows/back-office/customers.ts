import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { toHasoAmount } from "../../haso/money"
import { updateHasoCustomerStep } from "../steps/update-haso-customer"
import { sendCustomerOperation } from "./compose"

type Actor = { actor_id?: string | null }
type CustomerInput = { customer_id: string } & Actor

/** 5.16: suspends the customer at Haso and in the store's record; undone (5.22) if recording fails. */
export const suspendHasoCustomerWorkflow = createWorkflow("haso-suspend-customer", (input: CustomerInput) => {
  const { link, event } = sendCustomerOperation(input, (link) => ({
    event: { type: "customer_suspended", resend_safe: true },
    call: { service: "suspendCustomer", request: { customerId: link.haso_customer_id } },
    inverse: { service: "reactivateCustomer", request: { customerId: link.haso_customer_id } },
    action: "suspend",
  }))
  updateHasoCustomerStep(transform({ link }, ({ link }) => ({ id: link.id, suspended: true })))
  return new WorkflowResponse(event)
})

/** 5.22: re-activates a suspended customer; undone (5.16) if recording fails. */
export const reactivateHasoCustomerWorkflow = createWorkflow("haso-reactivate-customer", (input: CustomerInput) => {
  const { link, event } = sendCustomerOperation(input, (link) => ({
    event: { type: "customer_reactivated", resend_safe: true },
    call: { service: "reactivateCustomer", request: { customerId: link.haso_customer_id } },
    inverse: { service: "suspendCustomer", request: { customerId: link.haso_customer_id } },
    action: "reactivate",
  }))
  updateHasoCustomerStep(transform({ link }, ({ link }) => ({ id: link.id, suspended: false })))
  return new WorkflowResponse(event)
})

/** 5.18: a limit of the store's choosing; the previous limit is restored if recording fails. */
export const setHasoCustomerLimitWorkflow = createWorkflow(
  "haso-set-customer-limit",
  (input: CustomerInput & { amount: number }) => {
    const { link, event } = sendCustomerOperation(input, (link, input) => ({
      event: { type: "customer_limit_set", resend_safe: true, amount: input.amount },
      call: { service: "setCustomerSpecialLimit", request: { customerId: link.haso_customer_id, limitAmount: toHasoAmount(input.amount) } },
      inverse:
        link.limit_amount === null || link.limit_amount === undefined
          ? null
          : { service: "setCustomerSpecialLimit", request: { customerId: link.haso_customer_id, limitAmount: toHasoAmount(link.limit_amount as number) } },
      action: "set_limit",
    }))
    updateHasoCustomerStep(transform({ link, input }, ({ link, input }) => ({ id: link.id, limit_amount: input.amount, available_limit: null })))
    return new WorkflowResponse(event)
  }
)
