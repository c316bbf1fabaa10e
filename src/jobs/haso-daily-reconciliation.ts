import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { HASO_MODULE, type HasoModuleService, type HasoPluginOptions } from "../modules/haso"
import { istanbulHour, previousIstanbulDay } from "../haso/dates"
import { reconcileHasoDayWorkflow } from "../workflows/reconcile-haso-day"

/**
 * Reconciles yesterday (Istanbul) with Haso once the configured hour has come.
 * It wakes every 15 minutes rather than at a fixed time, so the hour can be a
 * plugin option and a missed or failed run is caught up on the next wake.
 */
export default async function hasoDailyReconciliation(container: MedusaContainer) {
  await reconcileYesterdayIfDue(container, new Date())
}

/**
 * Reconciles yesterday when it is due and not done yet; returns the day it ran
 * for. `settings` default to the plugin's `reconciliation` options.
 */
export async function reconcileYesterdayIfDue(
  container: MedusaContainer,
  now: Date,
  settings?: HasoPluginOptions["reconciliation"]
): Promise<string | undefined> {
  const haso = container.resolve<HasoModuleService>(HASO_MODULE)
  settings ??= haso.options.reconciliation
  if (!settings.enabled || istanbulHour(now) < settings.hour) {
    return undefined
  }
  const date = previousIstanbulDay(now)
  const [existing] = await haso.listHasoReconciliations({ date })
  if (existing && existing.status !== "failed") {
    return undefined
  }
  try {
    await reconcileHasoDayWorkflow(container).run({ input: { date } })
  } catch (error) {
    container.resolve(ContainerRegistrationKeys.LOGGER).error(`haso reconciliation ${date} failed: ${(error as Error).message}`)
  }
  return date
}

export const config = {
  name: "haso-daily-reconciliation",
  schedule: "*/15 * * * *",
}
