import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { toStaffError } from "../../errors"
import { HasoError } from "../../haso"
import { formatHasoMessage } from "../../i18n/messages"
import { HASO_MODULE, type HasoModuleService } from "../../modules/haso"
import { istanbulDayRange } from "../../haso/dates"
import type { PaymentLedger } from "../../ledger/payment-ledger"
import type { Mismatch } from "../../reconciliation/compare"
import { writeHasoLines, writeMedusaLines } from "../../reconciliation/lines"
import { ordersOfPayments } from "../utils/order-haso-payments"

/**
 * Compares Haso's records of a day (5.11.1, every page of 5.11.2) with
 * Medusa's own records (captures and refund rows of Haso payments), and stores
 * the report: one per day, replaced when run again, every difference named.
 * A run Haso could not answer is stored as failed.
 */
export const reconcileHasoDayStep = createStep("haso-reconcile-day-step", async ({ date }: { date: string }, { container }) => {
  const haso = container.resolve<HasoModuleService>(HASO_MODULE)
  const lines = haso.reconciliationLines
  const [previous] = await haso.listHasoReconciliations({ date })
  const started = Date.now()
  let fields: Record<string, unknown>
  let failure: unknown
  try {
    await lines.clear(date)
    const summary = await haso.client.getReconciliation({ date })
    const hasoSide = await writeHasoLines(lines, haso.client, date)
    await writeMedusaLines(lines, date, istanbulDayRange(date))
    const comparison = await lines.compare(date)
    await tieToOrders(container, haso.ledger, comparison.mismatches)
    const { counts } = comparison
    const missingInMedusa = counts.at_haso_only + counts.refund_not_recorded
    const missingAtHaso = counts.in_medusa_only + counts.refund_not_at_haso
    const amountMismatch = counts.amount_differs + counts.capture_unconfirmed
    fields = {
      status: missingInMedusa + missingAtHaso + amountMismatch ? "mismatched" : "matched",
      matched_count: comparison.matched_count,
      missing_in_medusa_count: missingInMedusa,
      missing_at_haso_count: missingAtHaso,
      amount_mismatch_count: amountMismatch,
      summary: { haso: summary, totals: comparison.totals, counts, haso_collections_count: hasoSide.collections },
      mismatches: { items: comparison.mismatches },
      error: null,
    }
  } catch (error) {
    failure = error
    fields = {
      status: "failed",
      matched_count: 0,
      missing_in_medusa_count: 0,
      missing_at_haso_count: 0,
      amount_mismatch_count: 0,
      summary: {},
      mismatches: {},
      error: error instanceof HasoError ? (toStaffError(error, "reconcile") as Error).message : formatHasoMessage("haso_reconciliation_failed"),
    }
  }
  fields.duration_ms = Date.now() - started
  const report = previous
    ? await haso.updateHasoReconciliations({ id: previous.id, ...fields })
    : await haso.createHasoReconciliations({ date, ...fields } as never)
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    [report.status === "matched" ? "info" : "warn"](
      `haso reconciliation ${date}: ${report.status}; ${report.matched_count} matched, ${report.missing_in_medusa_count} at Haso only, ${report.missing_at_haso_count} in Medusa only, ${report.amount_mismatch_count} amounts differ (${report.duration_ms} ms)${report.error ? `: ${report.error}` : ""}`
    )
  if (failure) {
    throw toStaffError(failure, "reconcile")
  }
  return new StepResponse(report)
})

/**
 * Staff open a difference from its order. Items only Haso has (a refund made
 * behind the store's back) carry no Medusa row of their own; their payment
 * and order are the ones the ledger ties to their transaction.
 */
async function tieToOrders(container: MedusaContainer, ledger: PaymentLedger, mismatches: Mismatch[]) {
  const orphans = mismatches.filter((mismatch) => !mismatch.order_id && mismatch.merchant_oid)
  const payments = await ledger.paymentIdsOf([...new Set(orphans.map((mismatch) => mismatch.merchant_oid))])
  const orders = await ordersOfPayments(container, [...new Set(payments.values())])
  for (const mismatch of orphans) {
    const paymentId = payments.get(mismatch.merchant_oid)
    mismatch.payment_id ??= paymentId ?? null
    mismatch.order_id = (paymentId && orders.get(paymentId)?.id) ?? null
  }
}
