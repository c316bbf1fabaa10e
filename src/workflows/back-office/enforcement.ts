import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { toHasoAmount } from "../../haso/money"
import { sendOrderOperation } from "./compose"

type Actor = { actor_id?: string | null }

/** 5.12: tells Haso the order's transaction was handed to enforcement (icra). Repeating it is harmless. */
export const reportOrderToEnforcementWorkflow = createWorkflow(
  "haso-report-order-to-enforcement",
  (input: { order_id: string } & Actor) =>
    new WorkflowResponse(
      sendOrderOperation(input, (payment) => ({
        event: { type: "execution", idempotency_key: `execution:${payment.transaction_code}`, resend_safe: true },
        call: { service: "sendExecutionTransaction", request: { transactionCode: payment.transaction_code, merchantOid: payment.merchant_oid } },
        action: "report_enforcement",
      }))
    )
)

/**
 * 5.13: records a payment collected through enforcement. Haso cannot tell a
 * repeat from a second payment, so the same amount, date and reference is
 * recorded once; give another reference for a second identical payment.
 */
export const recordEnforcementPaymentWorkflow = createWorkflow(
  "haso-record-enforcement-payment",
  (input: { order_id: string; amount: number; date: string; reference?: string | null } & Actor) =>
    new WorkflowResponse(
      sendOrderOperation(input, (payment, input) => {
        const paymentAmount = toHasoAmount(input.amount)
        return {
          event: {
            type: "execution_payment",
            idempotency_key: `execution-payment:${payment.transaction_code}:${input.date}:${paymentAmount}:${input.reference ?? ""}`,
            resend_safe: false,
            amount: input.amount,
            data: { date: input.date, reference: input.reference ?? null },
          },
          call: {
            service: "sendExecutionPayment",
            request: { transactionCode: payment.transaction_code, merchantOid: payment.merchant_oid, paymentAmount, paymentDate: input.date },
          },
          action: "enforcement_payment",
        }
      })
    )
)

/** 5.14: the enforcement expenses so far. Haso takes the cumulative total, so resending it is harmless. */
export const recordEnforcementExpensesWorkflow = createWorkflow(
  "haso-record-enforcement-expenses",
  (input: { order_id: string; total_amount: number } & Actor) =>
    new WorkflowResponse(
      sendOrderOperation(input, (payment, input) => {
        const expenseAmount = toHasoAmount(input.total_amount)
        return {
          event: {
            type: "execution_expense",
            idempotency_key: `execution-expense:${payment.transaction_code}:${expenseAmount}`,
            resend_safe: true,
            amount: input.total_amount,
          },
          call: {
            service: "sendTransactionExpense",
            request: { transactionCode: payment.transaction_code, merchantOid: payment.merchant_oid, expenseAmount },
          },
          action: "enforcement_expenses",
        }
      })
    )
)
