import { HasoCodes } from "../../haso/contract/codes"
import { isCalendarDate } from "../../haso/dates"
import { hasoDateTime } from "../dates"
import { lira } from "../pricing"
import type { SandboxEvent, SandboxState } from "../state"
import { fail, type Handlers } from "./common"

/* Daily reconciliation, 5.11.1 summary and 5.11.2 detail, over the Istanbul day's events. */

function eventsOf(state: SandboxState, date: string): SandboxEvent[] {
  if (!isCalendarDate(date)) {
    fail(HasoCodes.InvalidField, `date ${date} is not a calendar day`)
  }
  return state.eventsByDay.get(date) ?? []
}

function totals(events: SandboxEvent[], type: SandboxEvent["type"]) {
  const matching = events.filter((event) => event.type === type)
  return { count: matching.length, total: lira(matching.reduce((sum, event) => sum + event.amountKurus, 0)) }
}

export const reconciliationHandlers: Handlers<"getReconciliation" | "getReconciliationDetail"> = {
  getReconciliation(state, input) {
    const events = eventsOf(state, input.date)
    const transactions = totals(events, "Transaction")
    const refunds = totals(events, "Refund")
    const payments = totals(events, "Payment")
    return {
      Date: input.date,
      TransactionCount: transactions.count,
      TransactionTotal: transactions.total,
      RefundCount: refunds.count,
      RefundTotal: refunds.total,
      PaidPaymentCount: payments.count,
      PaidPaymentTotal: payments.total,
    }
  },

  getReconciliationDetail(state, input) {
    const events = eventsOf(state, input.date)
    const pageNo = input.pageNo ?? 1
    const pageSize = input.pageSize ?? 100
    return {
      Items: events.slice((pageNo - 1) * pageSize, pageNo * pageSize).map((event) => ({
        Type: event.type,
        TransactionCode: event.transactionCode,
        MerchantOid: event.merchantOid,
        CustomerId: event.customerId,
        Amount: lira(event.amountKurus),
        Date: hasoDateTime(event.at),
        ...(event.refundId ? { RefundId: event.refundId } : {}),
        ...(event.paymentCode ? { PaymentCode: event.paymentCode } : {}),
      })),
      TotalCount: events.length,
    }
  },
}
