import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { decorateCartTotals } from "@medusajs/framework/utils"
import { toKurus } from "../../haso/money"
import { buildUserAddress } from "../../mapping/address"
import { buildBasketList, type BasketOptions } from "../../mapping/basket"
import { HASO_MODULE, type HasoModuleService } from "../../modules/haso"
import { isHasoProvider } from "../../providers/haso/provider-id"
import { attachCheckout } from "../checkout/attach-checkout"

/**
 * Haso's checks (down payment, fraud) use the basket and the delivery
 * address, but Medusa authorizes a payment with nothing but its session data.
 * Just before authorization we build both from the cart the completion already
 * loaded (never from what the storefront sent) and hand them to the provider.
 */
completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  const sessions = (cart as { payment_collection?: { payment_sessions?: SessionRow[] } }).payment_collection?.payment_sessions ?? []
  const session = sessions.find((row) => row && isHasoProvider(row.provider_id) && row.status === "pending")
  if (!session) {
    return
  }
  const options = container.resolve<HasoModuleService>(HASO_MODULE).options.basket
  await attachCheckout(container, session.id, checkoutData(cart as unknown as CartForBasket, toKurus(session.amount), options))
})

type SessionRow = { id: string; provider_id: string; status: string; amount: number; currency_code: string; data: Record<string, unknown> }

type CartForBasket = {
  items?: Array<Parameters<typeof buildBasketList>[0][number] & Record<string, unknown>>
  shipping_methods?: Array<Parameters<typeof buildBasketList>[1][number] & Record<string, unknown>>
  shipping_address?: Parameters<typeof buildUserAddress>[0]
}

function checkoutData(cart: CartForBasket, amountKurus: number, options: BasketOptions) {
  // Line totals after discounts and taxes, computed as Medusa's cart routes do, on copies.
  const totals = decorateCartTotals({
    ...cart,
    items: (cart.items ?? []).filter(Boolean).map((item) => ({ ...item })),
    shipping_methods: (cart.shipping_methods ?? []).filter(Boolean).map((method) => ({ ...method })),
  } as never) as unknown as CartForBasket
  return {
    basket: buildBasketList(totals.items ?? [], totals.shipping_methods ?? [], amountKurus, options),
    user_address: buildUserAddress(cart.shipping_address) ?? null,
  }
}
