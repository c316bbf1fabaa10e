import { Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { currentHasoContext } from "../../request-context"

export type CheckoutData = { basket: unknown[]; user_address: unknown }

/**
 * Hands the basket and delivery address of a payment session to the provider
 * for its authorization: through the request's context when there is one
 * (no write), else in the session's data.
 */
export async function attachCheckout(container: MedusaContainer, sessionId: string, checkout: CheckoutData): Promise<void> {
  const context = currentHasoContext()
  if (context) {
    ;(context.checkout ??= new Map()).set(sessionId, checkout)
    return
  }
  const payments = container.resolve(Modules.PAYMENT)
  const session = await payments.retrievePaymentSession(sessionId)
  await payments.updatePaymentSession({
    id: session.id,
    amount: session.amount,
    currency_code: session.currency_code,
    data: { ...session.data, ...checkout },
  })
}
