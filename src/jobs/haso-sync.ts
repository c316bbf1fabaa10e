import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { HASO_MODULE, type HasoModuleService, type HasoPluginOptions } from "../modules/haso"
import { dropAbandoned } from "../providers/haso/settle"
import { runAsSystem } from "../request-context"
import { findPaymentsToSync } from "../workflows/sync/find-payments-to-sync"
import { syncHasoPaymentWorkflow, type SyncResult } from "../workflows/sync/sync-haso-payment"

/**
 * The periodic sync, on the worker: payments whose Medusa and Haso sides fell
 * apart (a crash mid-capture, a late Haso answer, a cancel whose refund
 * failed) are brought back in step, and transactions of carts that never
 * became orders are dropped at Haso.
 */
export default async function hasoSync(container: MedusaContainer) {
  await syncDuePayments(container)
}

export async function syncDuePayments(
  container: MedusaContainer,
  settings?: HasoPluginOptions["sync"],
  now = new Date()
): Promise<{ synced: SyncResult[]; failed: number; dropped: number }> {
  const haso = container.resolve<HasoModuleService>(HASO_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  settings ??= haso.options.sync
  const outcome = { synced: [] as SyncResult[], failed: 0, dropped: 0 }
  if (!settings.enabled) {
    return outcome
  }
  return runAsSystem("haso:sync", async () => {
    const since = new Date(now.getTime() - settings.lookbackDays * 86_400_000)
    for (const payment of await findPaymentsToSync(container, haso.ledger, since, now)) {
      try {
        const { result } = await syncHasoPaymentWorkflow(container).run({ input: { payment_id: payment.id } })
        outcome.synced.push(result)
        if (result.actions.length) {
          logger.info(`haso sync: payment ${payment.id} (order ${result.order_id ?? "-"}): ${result.actions.map((entry) => entry.action).join(", ")}`)
        }
      } catch (error) {
        outcome.failed++
        logger.warn(`haso sync: payment ${payment.id} stays out of step for now: ${(error as Error).message}`)
      }
    }
    const drops = (await haso.ledger.open(new Date(now.getTime() - 10_000), 100)).filter((operation) => operation.kind === "drop")
    for (const drop of drops) {
      try {
        const settled = await dropAbandoned(haso.ledgerDeps, drop)
        if (settled.status !== "pending") outcome.dropped++
      } catch (error) {
        logger.warn(`haso sync: could not drop the waiting transaction ${drop.merchant_oid}: ${(error as Error).message}`)
      }
    }
    return outcome
  })
}

export const config = {
  name: "haso-sync",
  schedule: "*/5 * * * *",
}
