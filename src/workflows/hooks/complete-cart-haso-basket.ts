import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { toKurus } from "../../haso/money"
import { buildUserAddress } from "../../mapping/address"
import { buildBasketList } from "../../mapping/basket"
import { isHasoProvider } from "../../providers/haso/provider-id"
import { retrieveCartWithTotals } from "../utils/cart-with-totals"

/**
 * Haso's checks (down payment, fraud) use the basket and the delivery address,
 * but Medusa authorizes a payment with nothing but its session data. Just
 * before authorization we write both into the Haso session, built on the
 * server from the cart, never from what the storefront sent.
 */
completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  const sessions = (cart as { payment_collection?: { payment_sessions?: SessionRow[] } }).payment_collection?.payment_sessions ?? []
  const session = sessions.find((row) => row && isHasoProvider(row.provider_id) && row.status === "pending")
  if (session) {
    await attachBasket(container, cart.id, session)
  }
})

type SessionRow = { id: string; provider_id: string; status: string; amount: number; currency_code: string; data: Record<string, unknown> }

async function attachBasket(container: MedusaContainer, cartId: string, session: SessionRow) {
  const cart = (await retrieveCartWithTotals(container, cartId, ["shipping_address.*"])) as Parameters<typeof basketFrom>[0]
  const payment = container.resolve(Modules.PAYMENT)
  await payment.updatePaymentSession({
    id: session.id,
    amount: session.amount,
    currency_code: session.currency_code,
    data: {
      ...session.data,
      basket: basketFrom(cart, toKurus(session.amount)),
      user_address: buildUserAddress(cart.shipping_address) ?? null,
    },
  })
}

function basketFrom(
  cart: {
    items?: Parameters<typeof buildBasketList>[0]
    shipping_methods?: Parameters<typeof buildBasketList>[1]
    shipping_address?: Parameters<typeof buildUserAddress>[0]
  },
  amountKurus: number
) {
  return buildBasketList((cart.items ?? []).filter(Boolean), (cart.shipping_methods ?? []).filter(Boolean), amountKurus)
}
