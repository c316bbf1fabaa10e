import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HasoError } from "../../haso"
import { toHasoHttpError } from "../../haso/http-errors"
import { HASO_MODULE, type HasoModuleService } from "../../modules/haso"
import { hasoEntries, medusaEntries } from "../../reconciliation/entries"
import { istanbulDayRange } from "../../haso/dates"
import { reconcileEntries } from "../../reconciliation/reconcile"

/**
 * Compares Haso's records of a day (5.11.1, every page of 5.11.2) with
 * Medusa's Haso captures and refunds, and stores the report: one per day,
 * replaced when run again. A run Haso could not answer is stored as failed.
 */
export const reconcileHasoDayStep = createStep(
  "reconcile-haso-day",
  async ({ date }: { date: string }, { container }) => {
    const haso = container.resolve<HasoModuleService>(HASO_MODULE)
    const [previous] = await haso.listHasoReconciliations({ date })
    const started = Date.now()
    let fields: Record<string, unknown>
    let failure: unknown
    try {
      const summary = await haso.client.getReconciliation({ date })
      const counters = { collections: 0 }
      const outcome = await reconcileEntries(hasoEntries(haso.client, date, counters), medusaEntries(container, istanbulDayRange(date)))
      const mismatched = outcome.missing_in_medusa.length + outcome.missing_at_haso.length + outcome.amount_mismatch.length
      fields = {
        status: mismatched ? "mismatched" : "matched",
        matched_count: outcome.matched_count,
        missing_in_medusa_count: outcome.missing_in_medusa.length,
        missing_at_haso_count: outcome.missing_at_haso.length,
        amount_mismatch_count: outcome.amount_mismatch.length,
        summary: { haso: summary, totals: outcome.totals, haso_collections_count: counters.collections },
        mismatches: {
          missing_in_medusa: outcome.missing_in_medusa,
          missing_at_haso: outcome.missing_at_haso,
          amount_mismatch: outcome.amount_mismatch,
        },
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
        error: error instanceof HasoError ? error.message : "The reconciliation failed; see the server log.",
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
      throw toHasoHttpError(failure, `reconcile ${date} with Haso`)
    }
    return new StepResponse(report)
  }
)
