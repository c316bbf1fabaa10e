import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { HASO_MODULE, type HasoModuleService } from "../modules/haso"
import { runAsSystem } from "../request-context"
import { loadOrderHasoPayments } from "../workflows/sync/haso-payment-state"
import { needsSync } from "../workflows/sync/needs-sync"
import { syncHasoPaymentWorkflow } from "../workflows/sync/sync-haso-payment"

/**
 * When an order is placed or cancelled, its Haso payments must agree with
 * Haso: an autoCapture payment not yet active is captured (the activation at
 * checkout lost its answer), a cancelled order leaves nothing at Haso and
 * Medusa's payment shows what Haso did (Medusa swallows the provider's errors
 * when it cancels). A payment already in step costs no Haso call. On
 * re-delivery of the event the same check runs again; what it cannot settle
 * now (Haso down) the periodic sync settles later.
 */
export default async function hasoSyncOrder({ event, container }: SubscriberArgs<{ id: string }>) {
  await runAsSystem(`haso:${event.name}`, () => syncOrder(container, event.data.id))
}

async function syncOrder(container: MedusaContainer, orderId: string) {
  const haso = container.resolve<HasoModuleService>(HASO_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  let failure: unknown
  for (const payment of await loadOrderHasoPayments(container, orderId)) {
    if (!needsSync(payment, await haso.ledger.linkPayment(payment.data.merchant_oid, payment.id))) {
      continue
    }
    try {
      await syncHasoPaymentWorkflow(container).run({ input: { payment_id: payment.id } })
    } catch (error) {
      failure = error
      logger.error(`haso: payment ${payment.id} of order ${orderId} is not in step with Haso yet; the periodic sync retries: ${(error as Error).message}`)
    }
  }
  if (failure) {
    throw failure // let an event bus with retries deliver it again
  }
}

export const config: SubscriberConfig = {
  event: ["order.placed", "order.canceled"],
  context: { subscriberId: "haso-sync-order" },
}
