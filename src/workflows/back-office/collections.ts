import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { toHasoAmount } from "../../haso/money"
import { sendCustomerOperation, sendOrderOperation } from "./compose"

type Actor = { actor_id?: string | null }

/**
 * 5.6 / 5.20: installments the store collected itself, marked paid at Haso.
 * Marking a paid installment again changes nothing at Haso, so a retry is safe.
 */
export const markHasoInstallmentsPaidWorkflow = createWorkflow(
  "haso-mark-installments-paid",
  (input: { order_id: string; payment_codes: string[]; date: string; reference?: string | null } & Actor) =>
    new WorkflowResponse(
      sendOrderOperation(input, (payment, input) => {
        const codes = [...new Set(input.payment_codes)].sort()
        const common = {
          merchantOid: payment.merchant_oid,
          paymentDate: input.date,
          paymentReferenceCode: input.reference ?? undefined,
        }
        return {
          event: {
            type: "installments_paid",
            idempotency_key: `paid:${payment.transaction_code}:${input.date}:${codes.join(",")}`,
            resend_safe: true,
            data: { payment_codes: codes, date: input.date, reference: input.reference ?? null },
          },
          call:
            codes.length === 1
              ? { service: "setPaidPayment", request: { ...common, paymentCode: codes[0] } }
              : { service: "setBulkPaidPayment", request: { ...common, paymentCodes: codes } },
          action: "mark_paid",
        }
      })
    )
)

/**
 * 5.19: a payment the customer made to the store, loaded as Haso balance that
 * closes their unpaid installments. Not repeatable at Haso: the same amount,
 * date and reference is loaded once.
 */
export const loadHasoCustomerBalanceWorkflow = createWorkflow(
  "haso-load-customer-balance",
  (input: { customer_id: string; amount: number; date: string; reference?: string | null } & Actor) => {
    const { event } = sendCustomerOperation(input, (link, input) => {
      const balanceAmount = toHasoAmount(input.amount)
      return {
        event: {
          type: "balance_loaded",
          idempotency_key: `balance:${link.haso_customer_id}:${input.date}:${balanceAmount}:${input.reference ?? ""}`,
          resend_safe: false,
          amount: input.amount,
          data: { date: input.date, reference: input.reference ?? null },
        },
        call: {
          service: "loadCustomerBalance",
          request: {
            customerId: link.haso_customer_id,
            balanceAmount,
            paymentDate: input.date,
            paymentReferenceCode: input.reference ?? undefined,
          },
        },
        action: "load_balance",
      }
    })
    return new WorkflowResponse(event)
  }
)
