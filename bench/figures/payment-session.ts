import { timed } from "../lib/ab"
import { againstFloor, hasoCallsOf, type Figure } from "../lib/figure"
import { hasoFloor } from "../lib/haso-wire"
import { HASO, SYSTEM, shopper } from "../lib/shopper"

/**
 * `POST /store/payment-collections/:id/payment-sessions`: Haso against Medusa's
 * system provider plus Haso's round trips. Judged as the storefront makes it,
 * right after the installment picker showed the options (untimed); reported
 * also without the picker, when the provider asks Haso itself.
 */
export const paymentSession: Figure = {
  name: "payment-session",
  async run(bench) {
    const steps = shopper(bench)
    const floorMs = await hasoFloor(bench)
    /** A collection ready for its session, with `quantity` of the product; the picker's options shown first when `picker`. */
    const collectionFor = async (quantity: number, picker: boolean) => {
      const cartId = await steps.cart(quantity)
      const collection = await steps.collection(cartId)
      if (picker) await steps.installments(cartId)
      return collection
    }
    // Without the picker each cart has an amount of its own: the provider also keeps what Haso answered it.
    let quantity = 1
    const figure = async (name: string, picker: boolean, judged: boolean) => {
      const nextQuantity = () => (picker ? 1 : ++quantity)
      const probe = await collectionFor(nextQuantity(), picker)
      return againstFloor(name, {
        n: bench.smoke ? 1 : 40,
        warmup: bench.warmup,
        haso: async () => {
          const collection = await collectionFor(nextQuantity(), picker)
          return timed(() => steps.session(collection, HASO))
        },
        system: async () => {
          const collection = await collectionFor(nextQuantity(), false)
          return timed(() => steps.session(collection, SYSTEM))
        },
        calls: await hasoCallsOf(bench, () => steps.session(probe, HASO)),
        floorMs,
        target: judged ? { op: "≤", value: 1.05 } : undefined,
        what: ["pp_haso_haso", "pp_system_default"],
        note: picker ? "after the installment picker" : "no picker shown: the provider asks Haso (5.1)",
      })
    }
    return [await figure("payment session", true, true), await figure("payment session, no picker", false, false)]
  },
}
